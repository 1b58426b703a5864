import type { RouterOutputs as Outputs } from "../trpc/types";
import { formatPercent } from "../ui/format";

export type BenefitsData = Outputs["scorecard"]["benefits"];
export type BenefitGroup = BenefitsData["total"];
export type BenefitInitiative = BenefitsData["initiatives"][number];
export type VerdictCounts = BenefitGroup["verdicts"];
export type Factor = { ratio: number; source: "department" | "workspace"; initiatives: number };

/** The fewest done initiatives a calibration rests on (MIN_CALIBRATION_BASIS in the engine). */
export const MIN_BASIS = 3;

/** A department as people read it: "" is work filed under no department. */
export const departmentName = (d: string) => d || "No department";

/** "60%" for a realisation ratio of 0.6. */
export const ratioText = (ratio: number) => formatPercent(ratio * 100, 0);

/** "1 initiative", "3 initiatives". */
export const initiativesText = (n: number) => `${n} ${n === 1 ? "initiative" : "initiatives"}`;

const VERDICT_WORDS: [keyof VerdictCounts, string][] = [
  ["delivered", "delivered"],
  ["partly", "partly"],
  ["not_yet", "not yet"],
  ["not_measured", "not measured"],
];

/** "2 delivered · 1 partly" (the verdicts that occur), or null when no done work names a measure. */
export function verdictText(v: VerdictCounts): string | null {
  const parts = VERDICT_WORDS.filter(([k]) => v[k] > 0).map(([k, word]) => `${v[k]} ${word}`);
  return parts.length ? parts.join(" · ") : null;
}

/** Which factor a calibrated value used, in words: "Finance's 62% (5 initiatives)" or "the workspace's 80% (7 initiatives)". */
export function factorText(f: Factor, department: string): string {
  const whose = f.source === "department" ? `${departmentName(department)}'s` : "the workspace's";
  return `${whose} ${ratioText(f.ratio)} (${initiativesText(f.initiatives)})`;
}
