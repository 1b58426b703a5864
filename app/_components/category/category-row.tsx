import { Link } from "@/app/_components/ui/link";
import type { CategoryItem } from "../trpc/types";
import { Button } from "../ui/button";
import { formatNumber } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";

/** “over 60” groups customers by circumstance (age). — the part that differs per warning. */
const firstSentence = (w: string) => w.split(/(?<=\.)\s/)[0] ?? w;
const rest = (w: string) =>
  w
    .split(/(?<=\.)\s/)
    .slice(1)
    .join(" ");

export function CategoryRow({
  category: c,
  canEdit,
  onEdit,
  onDelete,
}: {
  category: CategoryItem;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const ws = useWorkspace();
  return (
    <tr className="align-top">
      <td className="px-4 py-3">
        <p className="font-medium text-slate-900">{c.name}</p>
        <p className="mt-0.5 line-clamp-2 max-w-prose text-slate-600">{c.need}</p>
        <p className="mt-1 text-xs text-slate-600 sm:hidden">
          Weight {formatNumber(c.weight, 2)} · size {c.size === null ? "unknown" : formatNumber(c.size, 0)} ·{" "}
          <Link href={`/w/${ws.slug}/canvases#category-${c.id}`} className="font-medium text-brand-700 hover:underline">
            {c.canvasesCount} {c.canvasesCount === 1 ? "canvas" : "canvases"}
          </Link>
        </p>
        {c.warnings.length ? (
          <div className="mt-1 max-w-prose text-xs font-medium text-amber-800">
            <p>
              <span aria-hidden>⚠ </span>
              {c.warnings.map(firstSentence).join(" ")}
            </p>
            <p className="font-normal">{rest(c.warnings[0]!)}</p>
          </div>
        ) : null}
      </td>
      <td className="hidden px-4 py-3 text-right tabular-nums sm:table-cell">{formatNumber(c.weight, 2)}</td>
      <td className="hidden px-4 py-3 text-right tabular-nums sm:table-cell">{c.size === null ? "—" : formatNumber(c.size, 0)}</td>
      <td className="hidden px-4 py-3 text-right tabular-nums sm:table-cell">
        <Link href={`/w/${ws.slug}/canvases#category-${c.id}`} className="font-medium text-brand-700 hover:underline">
          {c.canvasesCount}
          <span className="sr-only"> canvases of {c.name}</span>
        </Link>
      </td>
      {canEdit ? (
        <td className="px-2 py-3 text-right sm:whitespace-nowrap sm:px-4">
          <Button variant="ghost" size="sm" onClick={onEdit} aria-label={`Edit ${c.name}`}>
            Edit
          </Button>
          <Button variant="ghost" size="sm" onClick={onDelete} aria-label={`Delete ${c.name}`} className="text-red-700 hover:bg-red-50">
            Delete
          </Button>
        </td>
      ) : null}
    </tr>
  );
}
