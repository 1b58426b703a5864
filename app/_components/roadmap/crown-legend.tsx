import { CROWN_COUNT_COLORS, CROWN_COUNT_LABELS } from "../charts/crown-colors";

/** What the bar colours and shapes mean. */
export function CrownLegend() {
  return (
    <ul className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Legend">
      {CROWN_COUNT_LABELS.map((label, n) => (
        <li key={label} className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-6 rounded-full" style={{ backgroundColor: CROWN_COUNT_COLORS[n] }} aria-hidden />
          {label}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span
          className="inline-block h-3 w-6 rounded-full outline-2 outline-offset-1 outline-slate-900 outline-dashed"
          style={{ backgroundColor: CROWN_COUNT_COLORS[2] }}
          aria-hidden
        />
        Pinned
      </li>
      <li className="flex items-center gap-1.5">
        <span
          className="inline-flex h-3 w-6 overflow-hidden rounded-full"
          style={{ backgroundColor: `${CROWN_COUNT_COLORS[2]}66` }}
          aria-hidden
        >
          <span className="h-full w-1/2" style={{ backgroundColor: CROWN_COUNT_COLORS[2] }} />
        </span>
        In progress (filled part = progress)
      </li>
    </ul>
  );
}
