import type { Metadata } from "next";
import { RoadmapView } from "@/app/_components/roadmap/roadmap-view";
import { ServerData } from "@/app/_components/trpc/server-data";

export const metadata: Metadata = { title: "Roadmap" };

/**
 * Plans up to this size come inside the HTML. A 10,000-initiative plan is
 * 1.3 MB of JSON: serialising it into the page would take most of the
 * server's 500 ms budget, so the browser fetches it as it always did.
 */
const INLINE_PLAN_ITEMS = 2_000;

export default async function RoadmapPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return (
    <ServerData
      slug={workspace}
      // The two queries the plan cannot be drawn without; the summary (only a count in the empty state) loads in the browser.
      queries={({ api, keys, workspaceId, put }) => {
        const plan = api.scorecard.roadmap({ workspaceId }).then((p) => (p.items.length <= INLINE_PLAN_ITEMS ? p : undefined));
        return [
          put(keys.scorecard.roadmap.queryKey({ workspaceId }), plan),
          put(
            keys.scorecard.planVsRealised.queryKey({ workspaceId }),
            plan.then((p) => (p ? api.scorecard.planVsRealised({ workspaceId }) : undefined)),
          ),
        ];
      }}
    >
      <RoadmapView />
    </ServerData>
  );
}
