import type { Metadata } from "next";
import { ModelSettings } from "@/app/_components/scoringModel/model-settings";
import { PageHeader } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Scoring model" };

export default function ScoringModelPage() {
  return (
    <>
      <PageHeader
        title="Scoring model"
        description="How much each crown counts, what amount of money is worth 10 points, and how NPV is discounted. Every change is a new version; the preview shows who moves before you save."
      />
      <ModelSettings />
    </>
  );
}
