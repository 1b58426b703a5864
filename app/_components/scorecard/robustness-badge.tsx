import { Badge } from "../ui/card";

/** Whether the rank holds when any crown's weight moves by 10 points (docs/scoring.md §4). */
export function RobustnessBadge({ row }: { row: { rankMin: number | null; rankMax: number | null; robust: boolean | null } | undefined }) {
  // Done and cancelled work is not ranked, so it has no rank range.
  if (!row || row.rankMin === null || row.rankMax === null) return <span className="text-xs text-slate-500">—</span>;
  const range = row.rankMin === row.rankMax ? `rank ${row.rankMin}` : `rank ${row.rankMin}–${row.rankMax}`;
  return (
    <span className="inline-flex flex-col items-start gap-0.5" title={`${range} across weight shifts of ±10`}>
      <Badge tone={row.robust ? "green" : "amber"}>{row.robust ? "Robust" : "Fragile"}</Badge>
      <span className="max-w-36 text-[11px] leading-tight text-slate-600">{range} across weight shifts</span>
    </span>
  );
}
