import { cn } from "../ui/cn";

/** The columns initiative.list sorts by (server/domain/initiative/schemas.ts). */
export type InitiativeSort = "title" | "status" | "department" | "owner" | "links" | "saving" | "value" | "rank" | "updated";
export type Sort = { key: string; dir: "asc" | "desc" };

/** A column header that sorts by its column; aria-sort says how the table is sorted now. */
/** The initiatives table's header and cell padding: narrow sides below 2xl, so the table fits a 1280 px laptop screen. */
export const CELL = "px-2 py-2 2xl:px-3";

export function SortHeader({
  sortKey,
  label,
  sort,
  onSort,
  align,
}: {
  sortKey: string;
  label: string;
  sort: Sort;
  onSort: (sort: Sort) => void;
  align?: "right";
}) {
  const active = sort.key === sortKey;
  return (
    <th
      scope="col"
      aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
      className={cn(CELL, "text-xs font-medium uppercase tracking-wide text-slate-600", align === "right" && "text-right")}
    >
      <button
        type="button"
        onClick={() =>
          onSort({
            key: sortKey,
            dir: active && sort.dir === "desc" ? "asc" : active ? "desc" : sortKey === "title" || sortKey === "rank" ? "asc" : "desc",
          })
        }
        className={cn("inline-flex items-center gap-1 rounded uppercase hover:text-slate-900", active && "text-slate-900")}
      >
        {label}
        <span aria-hidden className="text-[10px]">
          {active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}
