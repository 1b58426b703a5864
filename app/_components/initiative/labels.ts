import type { InitiativeStatus } from "@/server/domain/initiative/status-rules";

// The words every surface shares (status, confidence) come from server/format/words.
export { STATUS_LABELS, CONFIDENCE_OPTIONS, confidenceLabel } from "@/server/format/words";

export const STATUS_TONES: Record<InitiativeStatus, "slate" | "brand" | "amber" | "green" | "red"> = {
  proposed: "slate",
  approved: "brand",
  in_progress: "amber",
  done: "green",
  cancelled: "red",
};

// The one list of statuses, in the order of an initiative's life.
export { INITIATIVE_STATUSES as STATUSES } from "@/server/domain/initiative/status-rules";

export const EFFECT_OPTIONS = [
  { value: 3, label: "+3 improves a lot" },
  { value: 2, label: "+2 improves" },
  { value: 1, label: "+1 improves a little" },
  { value: 0, label: "No effect" },
  { value: -1, label: "−1 harms a little" },
  { value: -2, label: "−2 harms" },
  { value: -3, label: "−3 harms a lot" },
] as const;
