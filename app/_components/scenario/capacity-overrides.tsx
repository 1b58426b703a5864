"use client";

import { formatNumber } from "../ui/format";
import { readTypedNumber } from "../ui/typed-number";

type Period = { id: string; label: string; capacity: number };

/**
 * One row per period of the plan: its own capacity, the scenario's (empty:
 * unchanged) and a reset. Numbers are read by the app's one rule, so
 * "1,500" works and the field says what it understood.
 */
export function CapacityOverrides({
  periods,
  overrides,
  onChange,
  errors,
}: {
  periods: Period[];
  overrides: Record<string, string>;
  onChange: (periodId: string, text: string) => void;
  errors: Record<string, string>;
}) {
  if (periods.length === 0) {
    return <p className="text-sm text-slate-600">The workspace has no periods yet: an admin adds them in Settings → Periods.</p>;
  }
  return (
    <div className="max-h-72 overflow-y-auto rounded-md ring-1 ring-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Capacity per period in this scenario</caption>
        <thead className="sticky top-0 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Period
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Current capacity
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              In this scenario
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">Reset</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {periods.map((p) => {
            const text = overrides[p.id] ?? "";
            const { note, refusal } = readTypedNumber(text);
            const message = errors[p.id] ?? refusal;
            const messageId = `capacity-${p.id}-message`;
            return (
              <tr key={p.id} data-testid="scenario-capacity-row">
                <th scope="row" className="px-3 py-1.5 font-medium text-slate-900">
                  {p.label}
                </th>
                <td className="px-3 py-1.5 text-right tabular-nums text-slate-700">{formatNumber(p.capacity, 2)}</td>
                <td className="px-3 py-1.5">
                  <input
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    name={`capacity-${p.id}`}
                    aria-label={`Capacity of ${p.label} in this scenario`}
                    aria-invalid={message ? true : undefined}
                    aria-describedby={message || note ? messageId : undefined}
                    placeholder={`${formatNumber(p.capacity, 2)} (unchanged)`}
                    value={text}
                    onChange={(e) => onChange(p.id, e.target.value)}
                    className="h-8 w-40 rounded-md border-0 px-2 text-sm tabular-nums ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-500"
                  />
                  {message ? (
                    <p id={messageId} className="mt-0.5 text-xs font-medium text-red-700" role="alert">
                      {message}
                    </p>
                  ) : note ? (
                    <p id={messageId} className="mt-0.5 text-xs text-slate-600">
                      {note}
                    </p>
                  ) : null}
                </td>
                <td className="px-3 py-1.5 text-right">
                  {text !== "" ? (
                    <button
                      type="button"
                      onClick={() => onChange(p.id, "")}
                      className="rounded px-2 py-1 text-xs text-slate-600 hover:bg-slate-100 hover:text-slate-900"
                    >
                      Reset<span className="sr-only"> {p.label} to its own capacity</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
