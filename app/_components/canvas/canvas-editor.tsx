"use client";

import { useQuery } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { LazyAuditHistory as AuditHistory, LazyCommentsPanel as CommentsPanel } from "../comment/lazy-panels";
import { MeasuresSection } from "../measure/measures-section";
import { MomentsSection } from "../moment/moments-section";
import { useMoments } from "../moment/use-moments";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Alert, EmptyState } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import { CanvasForm } from "./canvas-form";
import { HotSpotView } from "./hot-spot-view";
import { PageSkeleton } from "./page-skeleton";

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
      <MomentsSection moments={moments} canEdit={canEdit} />
      <HotSpotView moments={moments.items} />
      {/* Not frozen below the fold (decision 053): its forms take typed values, which frozen HTML would drop. */}
      <MeasuresSection canvasId={canvasId} />
      <div className="grid gap-4 lg:grid-cols-2">
        <CommentsPanel entityType="canvas" entityId={canvasId} />
        <AuditHistory entityType="canvas" entityId={canvasId} />
      </div>
    </div>
  );
}
