// Reason codes of unscheduled open initiatives, kept in a Uint8Array by index.
import type { ChoiceReason } from "./types";

export const NO_POSITIVE_VALUE = 0;
export const BLOCKED = 1;
export const NO_CAPACITY = 2;
export const FORCED_OUT = 3;

export const REASONS: readonly ChoiceReason[] = ["no_positive_value", "blocked", "no_capacity", "forced_out"];

export function reasonCode(reason: ChoiceReason): number {
  return REASONS.indexOf(reason);
}
