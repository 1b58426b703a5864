"use client";

import { useQuery } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { LazyAuditHistory as AuditHistory, LazyCommentsPanel as CommentsPanel } from "../comment/lazy-panels";
import { useMoments } from "../moment/use-moments";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Alert, EmptyState } from "../ui/card";
import { codeLaterOnPhone } from "../ui/code-later-on-phone";
import { LaterOnPhone } from "../ui/later-on-phone";
import { useWorkspace } from "../workspace/workspace-context";
import { CanvasForm } from "./canvas-form";
import { PageSkeleton } from "./page-skeleton";

// A phone's first screen is the outcome: the sections below it are placeholders there, and their code comes after the
// page has loaded (decision 056).
const MomentsSection = codeLaterOnPhone(() => import("../moment/moments-section").then((m) => m.MomentsSection));
const HotSpotView = codeLaterOnPhone(() => import("./hot-spot-view").then((m) => m.HotSpotView));
const MeasuresSection = codeLaterOnPhone(() => import("../measure/measures-section").then((m) => m.MeasuresSection));

/** One SCO canvas: the outcome, its moments of truth and hot spots, its measures, and the talk about it. */
export function CanvasEditor({ canvasId }: { canvasId: string }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const canvas = useQuery({
    ...trpc.canvas.get.queryOptions({ workspaceId: ws.id, id: canvasId }),
    // The form holds the text; refetching on focus would only change the "last saved by" line.
    refetchOnWindowFocus: false,
  });
  const moments = useMoments(canvasId);
  // Read with the page; here only to size the measures' placeholder on a phone.
  const measures = useQuery(trpc.measure.list.queryOptions({ workspaceId: ws.id, canvasId }));

  if (canvas.isPending) return <PageSkeleton label="the canvas" blocks={4} columns={2} />;
  if (canvas.error) {
    const notFound = readTrpcError(canvas.error).code === "NOT_FOUND";
    return notFound ? (
      <EmptyState
        title="This canvas does not exist"
        action={
          <Link href={`/w/${ws.slug}/canvases`} className="font-medium text-brand-700 hover:underline">
            Back to the canvases
          </Link>
        }
      >
        It may have been deleted, or the link is incomplete.
      </EmptyState>
    ) : (
      <Alert>{readTrpcError(canvas.error).message} Reload the page to try again.</Alert>
    );
  }

  const canEdit = ws.canCall("moment.update");
  return (
    <div className="space-y-10">
      <CanvasForm key={canvas.data.id} canvas={canvas.data} />
      {/* On a phone the outcome fills the first screen; these start as their headings (decision 055). The heights are
          what they measure at a phone's width: a card per moment or measure, the form to add one, the chart. */}
      <LaterOnPhone title="Moments of truth" height={170 + 456 * moments.items.length + (canEdit ? 500 : 0)}>
        <MomentsSection moments={moments} canEdit={canEdit} />
      </LaterOnPhone>
      <LaterOnPhone title="Hot spots" height={640}>
        <HotSpotView moments={moments.items} />
      </LaterOnPhone>
      {/* Not frozen below the fold (decision 053): its forms take typed values, which frozen HTML would drop. A phone's
          placeholder has no fields at all, so nothing typed can be lost. */}
      <LaterOnPhone title="Outside-in measures" height={170 + 445 * Math.max(1, measures.data?.length ?? 0)}>
        <MeasuresSection canvasId={canvasId} />
      </LaterOnPhone>
      <div className="grid gap-4 lg:grid-cols-2">
        <CommentsPanel entityType="canvas" entityId={canvasId} />
        <AuditHistory entityType="canvas" entityId={canvasId} />
      </div>
    </div>
  );
}
