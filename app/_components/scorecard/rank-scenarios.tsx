import type { RowSensitivity } from "./types";

/** Where the rank goes when any crown's weight moves by 10 points (docs/scoring.md §4). */
export function RankScenarios({ row }: { row: RowSensitivity | undefined }) {
  if (!row) return null;
  return (
    <div>
      <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">Rank when one weight moves 10 points</h4>
      <p className="text-sm text-slate-900">
        {row.rankMin === row.rankMax ? (
          <>
            Rank <span className="tabular-nums">{row.rankMin}</span> under every shift of ±10 in the experience, cost or revenue weight.
          </>
        ) : (
          <>
            Between ranks <span className="tabular-nums">{row.rankMin}</span> and <span className="tabular-nums">{row.rankMax}</span> across
            the six shifts of ±10 in the experience, cost or revenue weight.
          </>
        )}
      </p>
      <p className="mt-1 text-xs text-slate-600">
        {row.robust
          ? row.rankMin === row.rankMax
            ? `Robust: it stays at rank ${row.rankMin}.`
            : `Robust: it stays within ranks ${row.rankMin}–${row.rankMax}.`
          : `Fragile: it moves between ranks ${row.rankMin} and ${row.rankMax}, so the weights decide its place.`}
      </p>
    </div>
  );
}
