import { InfoTip } from "../guide/info-tip";
import { formatNumber, formatPercent, formatSigned } from "../ui/format";

type RangeRow = {
  id: string;
  rank: number;
  title: string;
  priority: number;
  priorityP10: number;
  priorityP50: number;
  priorityP90: number;
  pTop10: number;
};

/** Where a value sits on the shared scale, in percent of the track's width. */
function scale(min: number, max: number) {
  const span = max - min || 1;
  return (v: number) => `${((v - min) / span) * 100}%`;
}

/**
 * P10–P90 of each initiative's priority as a bar on one shared scale, P50 as a tick, the estimate as a dot: the same
 * measure the ranking and "chance of top 10" are decided on, so a wide range and a low chance read together.
 */
export function UncertaintyRanges({ rows }: { rows: RangeRow[] }) {
  const values = rows.flatMap((r) => [r.priorityP10, r.priorityP90, r.priority, 0]);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const at = scale(min, max);
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Priority ranges and chance of a top-10 place from the simulation, best ranked first</caption>
      <thead>
        <tr className="text-xs text-slate-600">
          <th scope="col" className="py-1 pr-3 text-left font-medium">
            Initiative
          </th>
          <th scope="col" className="w-1/2 py-1 pr-3 text-left font-medium">
            Priority (value for effort, the ranking measure), P10 – P90 <span className="font-normal">(tick: P50, dot: estimate)</span>
            <InfoTip entry="p10-p90" figure="P10 – P90" className="ml-1" />
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Chance of top 10
            <InfoTip entry="chance-top-10" figure="the chance of top 10" className="ml-1" />
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id} className="print:break-inside-avoid" data-testid="uncertainty-row">
            <th scope="row" className="max-w-56 py-1.5 pr-3 text-left font-normal">
              <span className="mr-1 tabular-nums text-slate-500">#{r.rank}</span>
              <span className="text-slate-900">{r.title}</span>
            </th>
            <td className="py-1.5 pr-3">
              <div className="relative h-4" aria-hidden>
                <div className="absolute inset-x-0 top-1/2 h-px bg-slate-200" />
                {min < 0 && max > 0 ? <div className="absolute inset-y-0 w-px bg-slate-400" style={{ left: at(0) }} /> : null}
                <div
                  className="absolute top-1 h-2 rounded-full bg-brand-500/60 print:border print:border-brand-700"
                  style={{ left: at(r.priorityP10), width: `calc(${at(r.priorityP90)} - ${at(r.priorityP10)} + 2px)` }}
                />
                <div className="absolute top-0 h-4 w-0.5 bg-brand-700" style={{ left: at(r.priorityP50) }} />
                <div
                  className="absolute top-1 size-2 -translate-x-1 rounded-full bg-crown ring-1 ring-white"
                  style={{ left: at(r.priority) }}
                />
              </div>
              <p className="text-[11px] tabular-nums text-slate-600">
                P10 {formatSigned(r.priorityP10, 2)} · P50 {formatSigned(r.priorityP50, 2)} · P90 {formatSigned(r.priorityP90, 2)} ·
                estimate {formatSigned(r.priority, 2)}
              </p>
            </td>
            <td className="py-1.5 text-right tabular-nums text-slate-800">{formatPercent(r.pTop10 * 100, 0)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3} className="pt-2 text-xs text-slate-600">
            Scale from {formatNumber(min, 2)} to {formatNumber(max, 2)}. The spread comes from the money estimates: cost reduction and
            revenue growth vary between their low, likely and high values. Experience estimates and effort are point values and do not vary,
            so work whose value is mostly experience shows a narrow range.
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
