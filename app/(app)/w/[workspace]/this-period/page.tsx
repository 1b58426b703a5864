import type { Metadata } from "next";
import { ThisPeriodView } from "@/app/_components/this-period/this-period-view";
import { ServerData } from "@/app/_components/trpc/server-data";

export const metadata: Metadata = { title: "This period" };

export default async function ThisPeriodPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return (
    <ServerData
      slug={workspace}
      queries={({ api, keys, workspaceId, put }) => [
        put(keys.scorecard.roadmap.queryKey({ workspaceId }), api.scorecard.roadmap({ workspaceId })),
        put(keys.scorecard.planVsRealised.queryKey({ workspaceId }), api.scorecard.planVsRealised({ workspaceId })),
      ]}
    >
      <ThisPeriodView />
    </ServerData>
  );
}
