import type { Metadata } from "next";
import { PlanVsRealised } from "@/app/_components/results/plan-vs-realised";

export const metadata: Metadata = { title: "Plan vs realised" };

export default function PlanVsRealisedPage() {
  return <PlanVsRealised />;
}
