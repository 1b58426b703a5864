import type { SensitivityRow } from "./types";

const CROWN_NAMES = { experience: "Experience", cost: "Cost", revenue: "Revenue" } as const;

/** The rank under each of the six weight shifts of scoring.md §3. */
export function RankScenarios({ row }: { row: SensitivityRow | undefined }) {
  if (!row) return null;
  return (
    <div>
      <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">Rank when one weight moves 10 points</h4>
      <ul className="grid grid-cols-2 gap-x-4 gap-y-0.5 text-sm">
        {row.scenarios.map((s) => (
          <li key={`${s.crown}${s.delta}`} className="flex justify-between gap-2">
            <span className="text-slate-600">
              {CROWN_NAMES[s.crown]} {s.delta > 0 ? "+10" : "−10"}
            </span>
            <span className="tabular-nums text-slate-900">{s.rank}</span>
          </li>
        ))}
      </ul>
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
