import { factorText } from "../benefits/words";
import { cn } from "../ui/cn";
import { formatSigned } from "../ui/format";
import type { ScorecardRow } from "./types";

/** What the factors were: "cost × Finance's 62% (5 initiatives); revenue not calibrated". */
function factorsNote(row: ScorecardRow): string {
  const c = row.calibrated!;
  const part = (label: string, f: typeof c.cost) => (f ? `${label} × ${factorText(f, row.department)}` : `${label} not calibrated`);
  return `${part("cost", c.cost)}; ${part("revenue", c.revenue)}`;
}

/** The calibrated value and rank of one row, beside the estimated value; "no calibration" when no factor applies. */
export function CalibratedCell({ row, className }: { row: ScorecardRow; className?: string }) {
  const c = row.calibrated;
  if (!c) {
    return (
      <td className={cn(className, "text-right text-xs text-slate-500")} data-testid="calibrated-value">
        no calibration
      </td>
    );
  }
  return (
    <td className={cn(className, "text-right")} data-testid="calibrated-value">
      <span className={cn("font-semibold tabular-nums", c.valueScore < 0 ? "text-red-700" : "text-slate-900")}>
        {formatSigned(c.valueScore, 1)}
      </span>
      {c.rank !== null ? <span className="block text-[11px] tabular-nums text-slate-600">rank {c.rank}</span> : null}
      <span className="block min-w-36 text-left text-[11px] text-slate-600">{factorsNote(row)}</span>
    </td>
  );
}
