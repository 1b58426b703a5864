import type { InitiativeStatus } from "@/server/scoring";

export const STATUS_LABELS: Record<InitiativeStatus, string> = {
  proposed: "Proposed",
  approved: "Approved",
  in_progress: "In progress",
  done: "Done",
  cancelled: "Cancelled",
};

export const STATUS_TONES: Record<InitiativeStatus, "slate" | "brand" | "amber" | "green" | "red"> = {
  proposed: "slate",
  approved: "brand",
  in_progress: "amber",
  done: "green",
  cancelled: "red",
};

export const STATUSES = Object.keys(STATUS_LABELS) as InitiativeStatus[];

/** The three levels of scoring.md; any other stored value is shown as its percentage. */
export const CONFIDENCE_OPTIONS = [
  { value: 1, label: "High", text: "we have done this before or tested it" },
  { value: 0.8, label: "Medium", text: "good reasons, not yet tested" },
  { value: 0.5, label: "Low", text: "a hunch worth exploring" },
] as const;

export function confidenceLabel(value: number): string {
  return CONFIDENCE_OPTIONS.find((o) => o.value === value)?.label ?? `${Math.round(value * 100)}%`;
}

export const EFFECT_OPTIONS = [
  { value: 3, label: "+3 improves a lot" },
  { value: 2, label: "+2 improves" },
  { value: 1, label: "+1 improves a little" },
  { value: 0, label: "No effect" },
  { value: -1, label: "−1 harms a little" },
  { value: -2, label: "−2 harms" },
  { value: -3, label: "−3 harms a lot" },
] as const;
