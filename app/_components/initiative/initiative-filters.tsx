"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { InitiativeStatus } from "@/server/scoring";
import { useTRPC } from "../trpc/client";
import { useWorkspace } from "../workspace/workspace-context";
import { STATUSES, STATUS_LABELS } from "./labels";

export type Filters = {
  search: string;
  status: InitiativeStatus | "";
  department: string;
  ownerId: string;
  categoryId: string;
};

export const NO_FILTERS: Filters = { search: "", status: "", department: "", ownerId: "", categoryId: "" };

const CONTROL =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600";

function Select({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={CONTROL}>
        {children}
      </select>
    </div>
  );
}

/** Search (debounced) and the four filters the API supports. */
export function InitiativeFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const departments = useQuery(trpc.initiative.departments.queryOptions({ workspaceId: ws.id }));
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId: ws.id }));
  const categories = useQuery(trpc.category.list.queryOptions({ workspaceId: ws.id, limit: 500 }));
  const [search, setSearch] = useState(value.search);
  useEffect(() => {
    if (search === value.search) return;
    const timer = setTimeout(() => onChange({ ...value, search }), 250);
    return () => clearTimeout(timer);
  }, [search, value, onChange]);

  const set = (key: keyof Filters) => (v: string) => onChange({ ...value, [key]: v });
  return (
    <div
      className="grid grid-cols-2 gap-3 lg:grid-cols-[minmax(0,2fr)_repeat(4,minmax(0,1fr))]"
      role="search"
      aria-label="Filter initiatives"
    >
      <div className="col-span-2 space-y-1 lg:col-span-1">
        <label htmlFor="initiative-search" className="block text-xs font-medium text-slate-700">
          Search title or problem
        </label>
        <input
          id="initiative-search"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="e.g. courtesy car"
          className={CONTROL}
        />
      </div>
      <Select id="filter-status" label="Status" value={value.status} onChange={set("status")}>
        <option value="">Any status</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </Select>
      <Select id="filter-department" label="Department" value={value.department} onChange={set("department")}>
        <option value="">Any department</option>
        {departments.data?.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </Select>
      <Select id="filter-owner" label="Owner" value={value.ownerId} onChange={set("ownerId")}>
        <option value="">Anyone</option>
        {members.data?.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.name}
          </option>
        ))}
      </Select>
      <Select id="filter-category" label="Affects category" value={value.categoryId} onChange={set("categoryId")}>
        <option value="">Any category</option>
        {categories.data?.items.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
    </div>
  );
}
