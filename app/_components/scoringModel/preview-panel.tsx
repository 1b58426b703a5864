"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ModelFields } from "@/server/domain/scoringModel/schemas";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Alert, Card, Skeleton } from "../ui/card";
import { cn } from "../ui/cn";
import { formatSigned, formatNumber } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";

/** Movers listed; the rest are counted. */
const SHOWN = 20;

/** Which initiatives would move up or down under the draft model, before anything is saved. */
export function PreviewPanel({ draft, changed }: { draft: ModelFields | null; changed: boolean }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const preview = useQuery({
    ...trpc.scoringModel.preview.queryOptions({ workspaceId: ws.id, ...(draft ?? ({} as ModelFields)) }),
    enabled: draft !== null && changed,
    placeholderData: keepPreviousData,
  });
  const movers = (preview.data?.rows ?? [])
    .filter((r) => r.move !== 0)
    .sort((a, b) => Math.abs(b.move) - Math.abs(a.move) || a.draft.rank - b.draft.rank);
  // The crown threshold changes crowns, not ranks: show whose crown count changes.
  const crownChanges = (preview.data?.rows ?? []).filter((r) => r.current.crowns !== r.draft.crowns);

  return (
    <Card className="p-4" aria-busy={preview.isFetching || undefined}>
      <section aria-labelledby="preview-title">
        <h2 id="preview-title" className="text-base font-semibold text-slate-900">
          Live preview
        </h2>
        {!changed ? (
          <p className="mt-1 text-sm text-slate-600">Change a weight or an amount to see which initiatives would move, before you save.</p>
        ) : draft === null ? (
          <p className="mt-1 text-sm text-amber-800">Fix the fields marked in the form to see the preview.</p>
        ) : preview.error ? (
          <Alert>{readTrpcError(preview.error).message}</Alert>
        ) : !preview.data ? (
          <Skeleton className="mt-2 h-32" />
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-800" aria-live="polite" data-testid="preview-summary">
              {preview.data.moved === 0
                ? "No initiative changes place with this model."
                : `${preview.data.moved} of ${preview.data.rows.length} initiatives would change place.`}
              {preview.isFetching ? <span className="ml-2 text-xs text-slate-500">updating…</span> : null}
            </p>
            {movers.length ? (
              <table className="mt-3 w-full text-sm">
                <caption className="sr-only">Initiatives that move, largest move first</caption>
                <thead>
                  <tr className="text-xs text-slate-600">
                    <th scope="col" className="py-1 text-left font-medium">
                      Initiative
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      Rank now → draft
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      Move
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      Value now → draft
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100" data-testid="preview-movers">
                  {movers.slice(0, SHOWN).map((r) => (
                    <tr key={r.id}>
                      <td className="py-1 pr-2 text-slate-900">{r.title}</td>
                      <td className="whitespace-nowrap py-1 text-right tabular-nums text-slate-700">
                        {r.current.rank} → {r.draft.rank}
                      </td>
                      <td
                        className={cn(
                          "whitespace-nowrap py-1 pl-2 text-right font-semibold tabular-nums",
                          r.move > 0 ? "text-emerald-700" : "text-red-700",
                        )}
                      >
                        {r.move > 0 ? `▲ up ${r.move}` : `▼ down ${-r.move}`}
                      </td>
                      <td className="whitespace-nowrap py-1 pl-2 text-right tabular-nums text-slate-700">
                        {formatSigned(r.current.valueScore, 1)} → {formatSigned(r.draft.valueScore, 1)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {movers.length > SHOWN ? <p className="mt-2 text-xs text-slate-600">and {movers.length - SHOWN} more.</p> : null}
            <p className="mt-3 text-sm text-slate-800" data-testid="preview-crowns">
              {crownChanges.length === 0
                ? `No initiative gains or loses a crown (threshold ${formatNumber(preview.data.model.crownThreshold ?? 0.5, 1)} points).`
                : `${crownChanges.length} initiative${crownChanges.length === 1 ? "" : "s"} would gain or lose a crown:`}
            </p>
            {crownChanges.length ? (
              <ul className="mt-1 space-y-0.5 text-sm text-slate-700">
                {crownChanges.slice(0, SHOWN).map((r) => (
                  <li key={r.id}>
                    {r.title}: {r.current.crowns} → {r.draft.crowns} crown{r.draft.crowns === 1 ? "" : "s"}
                    {r.draft.tripleCrown && !r.current.tripleCrown ? " (triple crown)" : ""}
                  </li>
                ))}
                {crownChanges.length > SHOWN ? <li className="text-xs text-slate-600">and {crownChanges.length - SHOWN} more.</li> : null}
              </ul>
            ) : null}
          </>
        )}
      </section>
    </Card>
  );
}
