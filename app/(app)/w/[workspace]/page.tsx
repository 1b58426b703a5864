import type { Metadata } from "next";
import { Overview } from "@/app/_components/scorecard/overview";

export const metadata: Metadata = { title: "Overview" };

export default function OverviewPage() {
  return <Overview />;
}
