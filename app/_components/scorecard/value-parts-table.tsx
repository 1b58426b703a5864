import { cn } from "../ui/cn";
import { formatNumber, formatSigned } from "../ui/format";
import type { ScorecardRow } from "./types";

const CROWNS = [
  { key: "experience", name: "Experience" },
  { key: "cost", name: "Cost" },
  { key: "revenue", name: "Revenue" },
] as const;

const tone = (v: number) => (v > 0 ? "text-emerald-700" : v < 0 ? "text-red-700" : "text-slate-700");

/**
 * docs/scoring.md §3 written out: each crown's score × weight × confidence ÷ 10
 * is its part, and the three parts add up to the value score.
 */
export function ValuePartsTable({ row }: { row: ScorecardRow }) {
  const b = row.breakdown;
  const parts = CROWNS.map((c) => b[c.key].part);
  return (
    <table className="w-full text-sm">
      <caption className="mb-1 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">How the value score adds up</caption>
      <thead>
        <tr className="text-xs text-slate-600">
          <th scope="col" className="py-1 text-left font-medium">
            Crown
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Score
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            × weight
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            × confidence
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            ÷ 10 = part
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {CROWNS.map((c) => {
          const p = b[c.key];
          return (
            <tr key={c.key}>
              <th scope="row" className="py-1 text-left font-medium text-slate-900">
                {c.name}
              </th>
              <td className={cn("py-1 text-right tabular-nums", tone(p.score))}>
                {formatSigned(p.score, 2)}
                {p.clamped ? <span className="block text-[11px] text-slate-500">capped at ±10</span> : null}
              </td>
              <td className="py-1 text-right tabular-nums text-slate-700">{p.weight}</td>
              <td className="py-1 text-right tabular-nums text-slate-700">{formatNumber(b.confidence, 2)}</td>
              <td className={cn("py-1 text-right font-medium tabular-nums", tone(p.part))} data-testid={`part-${c.key}`}>
                {formatSigned(p.part, 2)}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-slate-300">
          <th scope="row" colSpan={4} className="py-1.5 text-left text-xs font-normal text-slate-700">
            Sum of the parts: {parts.map((p) => formatSigned(p, 2)).join(" + ")} = value score
          </th>
          <td className={cn("py-1.5 text-right font-semibold tabular-nums", tone(row.valueScore))} data-testid="breakdown-value-score">
            {formatSigned(row.valueScore, 2)}
          </td>
        </tr>
        <tr>
          <td colSpan={5} className="pt-1 text-xs text-slate-600">
            Priority = value score ÷ effort {formatNumber(row.effort, 1)} = {formatNumber(row.priority, 2)}. Figures rounded to 2 decimals.
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
