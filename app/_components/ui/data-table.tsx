import type { ReactNode } from "react";
import { Alert, Skeleton } from "./card";
import { cn } from "./cn";

export type TableColumn = {
  label: string;
  /** Read by screen readers only: an actions column needs a name but no visible heading. */
  srOnly?: boolean;
  /** Shown from the md breakpoint up, so a phone keeps the columns that matter; its cells carry WIDE_CELL too. */
  wideOnly?: boolean;
  align?: "right";
};

/** The class of a cell in a `wideOnly` column. */
export const WIDE_CELL = "hidden md:table-cell";

/**
 * The settings and admin lists' table: a caption for screen readers, one
 * heading style and row dividers, so the API tokens, share links, webhook
 * deliveries and mail outbox read alike. The caller gives the rows.
 */
export function DataTable({
  caption,
  columns,
  dense = false,
  children,
}: {
  caption: string;
  columns: readonly TableColumn[];
  /** Tighter cells, for tables inside a card that already has padding. */
  dense?: boolean;
  children: ReactNode;
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
        <tr>
          {columns.map((c) => (
            <th
              key={c.label}
              scope="col"
              className={cn(dense ? "px-3" : "px-4", "py-2 font-medium", c.wideOnly && WIDE_CELL, c.align === "right" && "text-right")}
            >
              {c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">{children}</tbody>
    </table>
  );
}

/**
 * What a table fed by a query shows before or instead of its rows: a
 * placeholder while loading, the error in words, or `empty` when there are
 * no rows. Renders nothing once rows are there.
 */
export function TableStateRows({
  columns,
  pending,
  error,
  empty,
  isEmpty,
}: {
  columns: number;
  pending: boolean;
  error: string | null;
  isEmpty: boolean;
  empty: ReactNode;
}) {
  const content = pending ? <Skeleton className="h-5 w-full" /> : error ? <Alert>{error}</Alert> : isEmpty ? empty : null;
  if (content === null) return null;
  return (
    <tr>
      <td colSpan={columns} className="px-4 py-3 text-slate-600">
        {content}
      </td>
    </tr>
  );
}
