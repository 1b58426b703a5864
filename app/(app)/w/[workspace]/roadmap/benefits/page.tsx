import type { Metadata } from "next";
import { BenefitsView } from "@/app/_components/benefits/benefits-view";

export const metadata: Metadata = { title: "Benefits" };

export default function BenefitsPage() {
  return <BenefitsView />;
}
