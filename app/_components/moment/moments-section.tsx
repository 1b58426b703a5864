"use client";

import { ConflictChoices } from "../autosave/save-status";
import { InfoTip } from "../guide/info-tip";
import { useState } from "react";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Alert, Card, EmptyState, Skeleton } from "../ui/card";
import { LiveWhenShown } from "../ui/live-when-shown";
import { AddMomentForm } from "./add-moment-form";
import { MomentCard } from "./moment-card";
import { MomentRow } from "./moment-row";
import { UndoToast } from "./undo-toast";
import type { useMoments } from "./use-moments";

const HEAD = "px-1.5 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-600";

/** The moments-of-truth table: edit any cell in place, add, reorder, delete with undo. */
export function MomentsSection({ moments, canEdit }: { moments: ReturnType<typeof useMoments>; canEdit: boolean }) {
  const [dragId, setDragId] = useState<string | null>(null);
  const { items, list } = moments;

  const deletedMessage = moments.deleted
    ? `Deleted “${moments.deleted.moment.name}”.${
        moments.deleted.effectLinks
          ? ` Its ${moments.deleted.effectLinks} initiative link${moments.deleted.effectLinks === 1 ? "" : "s"} went with it (undo brings the moment back, not the links).`
          : ""
      }`
    : null;

  return (
    <section aria-labelledby="moments-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h2 id="moments-title" className="text-lg font-semibold text-slate-900">
            Moments of truth
          </h2>
          <p className="max-w-3xl text-sm text-slate-600">
            The interactions where the customer decides whether they get the outcome. Rate how much each matters to them (importance) and
            how well you do it today (performance), both 1 to 5. Important and done badly (4+ and 2 or less) is a hot spot.
          </p>
        </div>
        <p className="text-xs text-slate-500" role="status" aria-live="polite">
          {moments.saving ? "Saving…" : ""}
        </p>
      </div>
      {moments.notice ? <Alert tone={moments.notice.tone}>{moments.notice.text}</Alert> : null}
      {moments.conflict ? (
        <div>
          <p className="mb-2 text-sm font-medium text-slate-800">“{moments.conflict.name}”</p>
          <ConflictChoices
            key={moments.conflict.id}
            clashes={moments.conflict.clashes}
            onResolve={(picks) => void moments.resolveConflict(picks)}
          />
        </div>
      ) : null}
      {list.error ? <Alert>{readTrpcError(list.error).message} Reload the page to try again.</Alert> : null}
      {list.isPending ? <Skeleton className="h-40 w-full" /> : null}
      {list.data && items.length === 0 ? (
        <EmptyState title="No moments of truth yet">
          Walk through the customer&apos;s journey and note where it can go wrong for them: “told when the car will be ready”, “car handed
          back”, “invoice explained”. Three to eight moments usually tell the story. Add the first one below.
        </EmptyState>
      ) : null}
      {items.length ? (
        <LiveWhenShown as="ol" layout="phone" className="space-y-3 md:hidden" label="Moments of truth, in journey order">
          {items.map((m, i) => (
            <MomentCard key={m.id} moment={m} index={i} count={items.length} canEdit={canEdit} actions={moments} />
          ))}
        </LiveWhenShown>
      ) : null}
      {items.length ? (
        <Card className="relative hidden overflow-x-auto md:block">
          <LiveWhenShown layout="wide">
            <table className="w-full min-w-[64rem] text-sm" aria-describedby="moments-title">
              <caption className="sr-only">Moments of truth of this canvas, in journey order</caption>
              <thead className="border-b border-slate-200">
                <tr>
                  {canEdit ? (
                    <th scope="col" className={`${HEAD} w-12`}>
                      <span className="sr-only">Order</span>
                    </th>
                  ) : null}
                  <th scope="col" className={HEAD}>
                    Moment
                  </th>
                  <th scope="col" className={HEAD}>
                    Stage
                  </th>
                  <th scope="col" className={HEAD}>
                    Journey
                  </th>
                  <th scope="col" className={HEAD}>
                    Channel
                  </th>
                  <th scope="col" className={HEAD} title="How much it matters to the customer, 1 to 5">
                    <span aria-hidden>Imp.</span>
                    <span className="sr-only">Importance</span>
                  </th>
                  <th scope="col" className={HEAD} title="How well you do it today, 1 to 5">
                    <span aria-hidden>Perf.</span>
                    <span className="sr-only">Performance</span>
                  </th>
                  <th scope="col" className={`${HEAD} text-right`}>
                    Volume / yr
                  </th>
                  <th scope="col" className={`${HEAD} text-right`}>
                    Cost each
                  </th>
                  <th scope="col" className={`${HEAD} text-right`}>
                    Annual cost
                  </th>
                  <th scope="col" className={`${HEAD} text-right`}>
                    <span className="inline-flex items-center gap-1">
                      Hot-spot score <InfoTip entry="hot-spot-score" figure="the hot-spot score" />
                    </span>
                  </th>
                  <th scope="col" className={HEAD}>
                    Initiatives
                  </th>
                  {canEdit ? (
                    <th scope="col" className={HEAD}>
                      <span className="sr-only">Delete</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {items.map((m, i) => (
                  <MomentRow
                    key={m.id}
                    moment={m}
                    index={i}
                    count={items.length}
                    canEdit={canEdit}
                    actions={moments}
                    dragging={dragId === m.id}
                    onDragStart={setDragId}
                    onDropOn={(to) => {
                      if (dragId) void moments.move(dragId, to);
                      setDragId(null);
                    }}
                  />
                ))}
              </tbody>
            </table>
          </LiveWhenShown>
        </Card>
      ) : null}
      {canEdit && list.data ? (
        <Card className="p-4">
          <h3 className="mb-3 text-sm font-semibold text-slate-900">Add a moment of truth</h3>
          <AddMomentForm create={moments.create} />
        </Card>
      ) : null}
      <UndoToast message={deletedMessage} onUndo={() => void moments.undoDelete()} onDismiss={moments.dismissDeleted} />
    </section>
  );
}
