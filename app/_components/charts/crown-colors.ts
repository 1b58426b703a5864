/**
 * One colour per number of crowns (0..3), shared by the bubble chart, the
 * department bars and the roadmap bars, so "gold = triple crown" reads the
 * same everywhere.
 */
export const CROWN_COUNT_COLORS = ["#94a3b8", "#38bdf8", "#4f46e5", "#b7791f"] as const;

export const CROWN_COUNT_LABELS = ["No crown", "1 crown", "2 crowns", "Triple crown"] as const;

/** Legends list 0, 1, 2, 3 crowns in that order (Recharts sorts by name otherwise). */
export function legendOrder(item: { value?: unknown }): number {
  return CROWN_COUNT_LABELS.indexOf(String(item.value) as (typeof CROWN_COUNT_LABELS)[number]);
}

export function crownColor(crowns: number): string {
  return CROWN_COUNT_COLORS[Math.max(0, Math.min(3, crowns))]!;
}
