import type { JOURNEY_TYPES } from "@/db/schema/customers";

export type JourneyType = (typeof JOURNEY_TYPES)[number];

/** Every journey type of the schema (the Record type makes a missing one a compile error), in this order. */
export const JOURNEY_LABELS: Record<JourneyType, string> = {
  purchase: "Purchase",
  "service-planned": "Planned service",
  "service-unplanned": "Unplanned service",
  delivery: "Delivery",
  retail: "Retail",
  other: "Other",
};

export const JOURNEY_OPTIONS = (Object.keys(JOURNEY_LABELS) as JourneyType[]).map((value) => ({ value, label: JOURNEY_LABELS[value] }));

export const IMPORTANCE_OPTIONS = [
  { value: 1, label: "1 · minor" },
  { value: 2, label: "2" },
  { value: 3, label: "3" },
  { value: 4, label: "4" },
  { value: 5, label: "5 · critical" },
] as const;

export const PERFORMANCE_OPTIONS = [
  { value: 1, label: "1 · poor" },
  { value: 2, label: "2" },
  { value: 3, label: "3" },
  { value: 4, label: "4" },
  { value: 5, label: "5 · excellent" },
] as const;

/** Performance 1 (red, we fail) to 5 (green, we excel); also used by the hot-spot chart's legend. */
export const PERFORMANCE_COLOURS: Record<number, string> = {
  1: "#dc2626",
  2: "#ea580c",
  3: "#ca8a04",
  4: "#65a30d",
  5: "#16a34a",
};

export const RATING_OPTIONS = [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) }));
