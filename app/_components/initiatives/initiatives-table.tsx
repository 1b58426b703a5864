"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useMemo, useState } from "react";
import type { InitiativeListItem } from "../canvas/router-outputs";
import { useTRPC } from "../trpc/client";
import { errorMessage } from "../trpc/error-message";
import { Button } from "../ui/button";
import { Alert, Badge, Card, EmptyState, PageHeader, Skeleton } from "../ui/card";
import { formatDateTime, formatMoney, formatNumber } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { CrownCount } from "./crowns";
import { InitiativeCards } from "./initiative-cards";
import { InitiativeFilters, NO_FILTERS, type Filters } from "./initiative-filters";
import { STATUS_LABELS, STATUS_TONES } from "./labels";
import { NewInitiativeDialog } from "./new-initiative-dialog";
import { SortHeader, type Sort } from "./sort-header";

const PAGE_SIZE = 50;

type Score = { valueScore: number; rank: number; crowns: number };
type Row = InitiativeListItem & { score?: Score };

const SORTERS: Record<string, (a: Row, b: Row) => number> = {
  title: (a, b) => a.title.localeCompare(b.title),
  status: (a, b) => a.status.localeCompare(b.status),
  department: (a, b) => a.department.localeCompare(b.department),
  owner: (a, b) => (a.ownerName ?? "").localeCompare(b.ownerName ?? ""),
  links: (a, b) => a.effectCount - b.effectCount,
  saving: (a, b) => a.costReduction.likely - b.costReduction.likely,
  value: (a, b) => (a.score?.valueScore ?? -Infinity) - (b.score?.valueScore ?? -Infinity),
  rank: (a, b) => (b.score?.rank ?? Infinity) - (a.score?.rank ?? Infinity),
  updated: (a, b) => a.updatedAt - b.updatedAt,
};

/** Every initiative: filter and search on the server, a page at a time; sort the page by any column. */
export function InitiativesTable() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const canEdit = ws.can("content.write");
  const [filters, setFiltersState] = useState<Filters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [sort, setSort] = useState<Sort>({ key: "value", dir: "desc" });
  const [creating, setCreating] = useState(false);
  const setFilters = useCallback((next: Filters) => {
    setFiltersState(next);
    setOffset(0);
  }, []);

  const list = useQuery({
    ...trpc.initiative.list.queryOptions({
      workspaceId: ws.id,
      limit: PAGE_SIZE,
      offset,
      search: filters.search || undefined,
      status: filters.status ? [filters.status] : undefined,
      department: filters.department || undefined,
      ownerId: filters.ownerId || undefined,
      categoryId: filters.categoryId || undefined,
    }),
    placeholderData: keepPreviousData,
  });
  // The summary carries the top of the ranking (page-sized); the list itself carries no scores.
  const summary = useQuery(trpc.scorecard.summary.queryOptions({ workspaceId: ws.id }));
  const scores = useMemo(() => new Map<string, Score>((summary.data?.points ?? []).map((p) => [p.id, p])), [summary.data]);

  const rows = useMemo(() => {
    const out: Row[] = (list.data?.items ?? []).map((i) => ({ ...i, score: scores.get(i.id) }));
    const sorter = SORTERS[sort.key];
    if (sorter) out.sort((a, b) => (sort.dir === "asc" ? 1 : -1) * sorter(a, b) || a.title.localeCompare(b.title));
    return out;
  }, [list.data, scores, sort]);

  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const total = list.data?.total ?? 0;
  const header = (key: string, label: string, align?: "right") => (
    <SortHeader sortKey={key} label={label} sort={sort} onSort={setSort} align={align} />
  );

  return (
    <>
      <PageHeader
        title="Initiatives"
        description="Proposed changes, linked to the moments of truth they improve or harm, and scored on the triple crown: better experience, lower cost, more revenue."
        actions={canEdit ? <Button onClick={() => setCreating(true)}>New initiative</Button> : null}
      />
      <Card className="mb-4 p-4">
        <InitiativeFilters value={filters} onChange={setFilters} />
      </Card>
      {list.error ? <Alert>{errorMessage(list.error)} Change the filters or reload the page.</Alert> : null}
      {list.isPending ? (
        <Card className="space-y-3 p-4" aria-busy>
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} className="h-8 w-full" />
          ))}
        </Card>
      ) : null}
      {list.data && total === 0 && !filtered ? (
        <EmptyState title="No initiatives yet" action={canEdit ? <Button onClick={() => setCreating(true)}>New initiative</Button> : null}>
          An initiative is a change you propose to win a moment of truth. Say which moments it improves (or harms), what it saves
          and earns per year, and what it takes; the engine scores it on experience, cost and revenue, and the best ones fit the roadmap first.
        </EmptyState>
      ) : null}
      {list.data && total === 0 && filtered ? (
        <EmptyState title="Nothing matches these filters" action={<Button variant="secondary" onClick={() => setFilters(NO_FILTERS)}>Clear filters</Button>}>
          Try fewer filters or another search word.
        </EmptyState>
      ) : null}
      {rows.length ? (
        <Card className="relative overflow-x-auto">
          <InitiativeCards rows={rows} />
          <table className="hidden w-full min-w-[60rem] md:table text-left text-sm" aria-busy={list.isFetching || undefined}>
            <caption className="sr-only">Initiatives, sorted by {sort.key} {sort.dir === "asc" ? "ascending" : "descending"}</caption>
            <thead className="border-b border-slate-200">
              <tr>
                {header("title", "Initiative")}
                {header("status", "Status")}
                {header("department", "Department")}
                {header("owner", "Owner")}
                {header("links", "Moments", "right")}
                {header("saving", "Cost reduction / yr", "right")}
                {header("rank", "Rank", "right")}
                {header("value", "Value", "right")}
                {header("updated", "Updated")}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((i) => (
                <tr key={i.id} className="hover:bg-slate-50">
                  <th scope="row" className="max-w-sm px-3 py-2 text-left font-medium">
                    <Link href={`/w/${ws.slug}/initiatives/${i.id}`} className="text-slate-900 hover:text-brand-700 hover:underline">
                      {i.title}
                    </Link>
                  </th>
                  <td className="whitespace-nowrap px-3 py-2">
                    <Badge tone={STATUS_TONES[i.status]}>{STATUS_LABELS[i.status]}</Badge>
                  </td>
                  <td className="px-3 py-2 text-slate-700">{i.department || <span className="text-slate-400">—</span>}</td>
                  <td className="px-3 py-2 text-slate-700">{i.ownerName ?? <span className="text-slate-400">—</span>}</td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {i.effectCount === 0 ? <Badge tone="amber">Not linked</Badge> : i.effectCount}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatMoney(i.costReduction.likely, ws.currency)}</td>
                  <td className="px-3 py-2 text-right tabular-nums text-slate-700">{i.score ? i.score.rank : <span className="text-slate-400" title="Below the top of the ranking">—</span>}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-right">
                    {i.score ? (
                      <span className="inline-flex items-center gap-2">
                        <CrownCount count={i.score.crowns} />
                        <span className="w-10 font-semibold tabular-nums">{formatNumber(i.score.valueScore, 1)}</span>
                      </span>
                    ) : (
                      <span className="text-slate-400">—</span>
                    )}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatDateTime(i.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 px-3 py-2 text-sm text-slate-600">
            <p>
              {offset + 1}–{offset + rows.length} of {total}
              {total > PAGE_SIZE ? " (sorting applies to this page)" : ""}
            </p>
            <div className="flex gap-2">
              <Button variant="secondary" size="sm" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                Previous page
              </Button>
              <Button variant="secondary" size="sm" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
                Next page
              </Button>
            </div>
          </div>
        </Card>
      ) : null}
      <NewInitiativeDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
