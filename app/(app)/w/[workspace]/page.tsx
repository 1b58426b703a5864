import type { Metadata } from "next";
import { ComingSoon } from "@/app/_components/shell/coming-soon";

export const metadata: Metadata = { title: "Overview" };

export default function OverviewPage() {
  return (
    <ComingSoon
      title="Overview"
      description="The triple-crown scorecard: which initiatives to fund, and why."
      what="Once initiatives are scored, this page shows each one's experience, cost and revenue crowns, its value and its place on the roadmap."
    />
  );
}
