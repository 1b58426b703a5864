"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { useCallback, useState } from "react";
import type { InitiativeListItem } from "../trpc/types";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { cn } from "../ui/cn";
import { Alert, Badge, Card, EmptyState, PageHeader, Skeleton } from "../ui/card";
import { formatDateTime, formatMoney, formatNumber } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { CrownLegend } from "../scorecard/crown-bars";
import { Crowns } from "./crowns";
import { InitiativeCards } from "./initiative-cards";
import { InitiativeFilters, NO_FILTERS, type Filters } from "./initiative-filters";
import { STATUS_LABELS, STATUS_TONES } from "./labels";
import { NewInitiativeDialog } from "./new-initiative-dialog";
import { CELL, SortHeader, type InitiativeSort, type Sort } from "./sort-header";

const PAGE_SIZE = 50;

type Row = InitiativeListItem;

/** Every initiative: filtered, searched and sorted on the server (the whole list, not just the page), a page at a time. */
export function InitiativesTable() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const canCreate = ws.canCall("initiative.create");
  const [filters, setFiltersState] = useState<Filters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [sort, setSortState] = useState<Sort>({ key: "rank", dir: "asc" });
  const setSort = useCallback((next: Sort) => {
    setSortState(next);
    setOffset(0);
  }, []);
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
      sort: sort.key as InitiativeSort,
      dir: sort.dir,
    }),
    placeholderData: keepPreviousData,
  });
  const rows: Row[] = list.data?.items ?? [];

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
        actions={canCreate ? <Button onClick={() => setCreating(true)}>New initiative</Button> : null}
      />
      <Card className="mb-4 p-4">
        <InitiativeFilters value={filters} onChange={setFilters} />
      </Card>
      {list.error ? <Alert>{readTrpcError(list.error).message} Change the filters or reload the page.</Alert> : null}
      {list.isPending ? (
        <Card className="space-y-3 p-4" aria-busy>
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} className="h-8 w-full" />
          ))}
        </Card>
      ) : null}
      {list.data && total === 0 && !filtered ? (
        <EmptyState
          title="No initiatives yet"
          action={canCreate ? <Button onClick={() => setCreating(true)}>New initiative</Button> : null}
        >
          An initiative is a change you propose to win a moment of truth. Say which moments it improves (or harms), what it saves and earns
          per year, and what it takes; the engine scores it on experience, cost and revenue, and the best ones fit the roadmap first.
        </EmptyState>
      ) : null}
      {list.data && total === 0 && filtered ? (
        <EmptyState
          title="Nothing matches these filters"
          action={
            <Button variant="secondary" onClick={() => setFilters(NO_FILTERS)}>
              Clear filters
            </Button>
          }
        >
          Try fewer filters or another search word.
        </EmptyState>
      ) : null}
      {rows.length ? <CrownLegend threshold={rows.find((r) => r.score)?.score?.crownThreshold} className="mb-3" /> : null}
      {rows.length ? (
        <Card className="relative overflow-x-auto">
          <InitiativeCards rows={rows} />
          <table className="hidden w-full min-w-[60rem] md:table text-left text-sm" aria-busy={list.isFetching || undefined}>
            <caption className="sr-only">
              Initiatives, sorted by {sort.key} {sort.dir === "asc" ? "ascending" : "descending"}
            </caption>
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
                  <th scope="row" className={cn(CELL, "max-w-sm text-left font-medium")}>
                    <Link href={`/w/${ws.slug}/initiatives/${i.id}`} className="text-slate-900 hover:text-brand-700 hover:underline">
                      {i.title}
                    </Link>
                  </th>
                  <td className={cn(CELL, "whitespace-nowrap")}>
                    <Badge tone={STATUS_TONES[i.status]}>{STATUS_LABELS[i.status]}</Badge>
                  </td>
                  <td className={cn(CELL, "text-slate-700")}>{i.department || <span className="text-slate-400">—</span>}</td>
                  <td className={cn(CELL, "text-slate-700")}>{i.ownerName ?? <span className="text-slate-400">—</span>}</td>
                  <td className={cn(CELL, "text-right tabular-nums")}>
                    {i.effectCount === 0 ? <Badge tone="amber">Not linked</Badge> : i.effectCount}
                  </td>
                  <td className={cn(CELL, "text-right tabular-nums")}>{formatMoney(i.costReduction.likely, ws.currency)}</td>
                  <td className={cn(CELL, "text-right tabular-nums text-slate-700")}>
                    {i.score ? (
                      i.score.rank
                    ) : (
                      <span className="text-slate-400" title="Being scored">
                        —
                      </span>
                    )}
                  </td>
                  <td className={cn(CELL, "whitespace-nowrap text-right")}>
                    {i.score ? (
                      <span className="inline-flex items-center gap-2">
                        <Crowns scores={i.score.scores} threshold={i.score.crownThreshold} />
                        <span className="w-10 font-semibold tabular-nums">{formatNumber(i.score.valueScore, 1)}</span>
                      </span>
                    ) : (
                      <span className="text-slate-400">—</span>
                    )}
                  </td>
                  <td className={cn(CELL, "whitespace-nowrap text-slate-600")}>{formatDateTime(i.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 px-3 py-2 text-sm text-slate-600">
            <p>
              {offset + 1}–{offset + rows.length} of {total}
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
