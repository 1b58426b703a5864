import type { Metadata } from "next";
import { CanvasEditor } from "@/app/_components/canvas/canvas-editor";
import { MOMENTS_LIMIT } from "@/app/_components/moment/moments-limit";
import { ServerData } from "@/app/_components/trpc/server-data";

export const metadata: Metadata = { title: "Canvas" };

export default async function CanvasPage({ params }: { params: Promise<{ workspace: string; canvasId: string }> }) {
  const { workspace, canvasId } = await params;
  return (
    <ServerData
      slug={workspace}
      queries={({ api, keys, workspaceId, put }) => {
        const moments = { workspaceId, canvasId, limit: MOMENTS_LIMIT };
        return [
          put(keys.canvas.get.queryKey({ workspaceId, id: canvasId }), api.canvas.get({ workspaceId, id: canvasId })),
          put(keys.moment.list.queryKey(moments), api.moment.list(moments)),
          put(keys.measure.list.queryKey({ workspaceId, canvasId }), api.measure.list({ workspaceId, canvasId })),
        ];
      }}
    >
      <CanvasEditor canvasId={canvasId} />
    </ServerData>
  );
}
