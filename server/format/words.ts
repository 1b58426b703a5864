import type { InitiativeStatus } from "@/server/scoring/types";

/**
 * The words every surface uses for the same facts (app, share page, board
 * pack): a board member who reads "Fragile" in the app must not read
 * "sensitive" in the PDF.
 */

export const STATUS_LABELS = {
  proposed: "Proposed",
  approved: "Approved",
  in_progress: "In progress",
  done: "Done",
  cancelled: "Cancelled",
} as const satisfies Record<InitiativeStatus, string>;

export function statusLabel(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? status;
}

/** The three levels of docs/scoring.md; any other stored value is shown as its percentage. */
export const CONFIDENCE_OPTIONS = [
  { value: 1, label: "High", text: "we have done this before or tested it" },
  { value: 0.8, label: "Medium", text: "good reasons, not yet tested" },
  { value: 0.5, label: "Low", text: "a hunch worth exploring" },
] as const;

export function confidenceLabel(value: number): string {
  return CONFIDENCE_OPTIONS.find((o) => o.value === value)?.label ?? `${Math.round(value * 100)}%`;
}

/** Whether an initiative's rank survives other reasonable weights (docs/scoring.md, sensitivity). */
export function robustnessLabel(robust: boolean | null): "Robust" | "Fragile" | "—" {
  return robust === null ? "—" : robust ? "Robust" : "Fragile";
}
