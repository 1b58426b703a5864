import type { Metadata } from "next";
import { PeriodsPanel } from "@/app/_components/period/periods-panel";
import { PageHeader } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Periods and capacity" };

export default function PeriodsPage() {
  return (
    <>
      <PageHeader
        title="Periods and capacity"
        description="The periods the roadmap plans in, in date order, and how much effort each can take. Change a capacity and the plan is recomputed."
      />
      <PeriodsPanel />
    </>
  );
}
