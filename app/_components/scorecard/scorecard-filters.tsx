"use client";

import type { InitiativeStatus } from "@/server/scoring";
import { isOpenStatus } from "@/server/domain/initiative/status-rules";
import { STATUS_LABELS, STATUSES } from "../initiative/labels";

export type ScorecardFilter = { search: string; department: string; status: "" | InitiativeStatus; tripleOnly: boolean };
export const ALL_ROWS: ScorecardFilter = { search: "", department: "", status: "", tripleOnly: false };

const CONTROL = "rounded-md border-0 py-1.5 pl-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600";

/** Narrows the ranked list; ranks stay the portfolio's ranks. */
export function ScorecardFilters({
  value,
  onChange,
  departments,
}: {
  value: ScorecardFilter;
  onChange: (next: ScorecardFilter) => void;
  departments: string[];
}) {
  return (
    <div className="no-print flex flex-wrap items-end gap-3 px-4 pt-4">
      <div>
        <label htmlFor="sc-search" className="block text-xs font-medium text-slate-700">
          Search titles
        </label>
        <input
          id="sc-search"
          type="search"
          value={value.search}
          onChange={(e) => onChange({ ...value, search: e.target.value })}
          className={`${CONTROL} w-52 pr-2`}
        />
      </div>
      <div>
        <label htmlFor="sc-department" className="block text-xs font-medium text-slate-700">
          Department
        </label>
        <select
          id="sc-department"
          value={value.department}
          onChange={(e) => onChange({ ...value, department: e.target.value })}
          className={`${CONTROL} pr-8`}
        >
          <option value="">All departments</option>
          {departments.map((d) => (
            <option key={d} value={d}>
              {d || "(none)"}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="sc-status" className="block text-xs font-medium text-slate-700">
          Status
        </label>
        <select
          id="sc-status"
          value={value.status}
          onChange={(e) => onChange({ ...value, status: e.target.value as ScorecardFilter["status"] })}
          className={`${CONTROL} pr-8`}
        >
          <option value="">Every status</option>
          {/* Only open work is ranked: done and cancelled are listed under the table. */}
          {STATUSES.filter(isOpenStatus).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 pb-1.5 text-sm text-slate-800">
        <input
          type="checkbox"
          checked={value.tripleOnly}
          onChange={(e) => onChange({ ...value, tripleOnly: e.target.checked })}
          className="size-4 rounded border-slate-300 text-brand-600"
        />
        Triple crowns only
      </label>
    </div>
  );
}
