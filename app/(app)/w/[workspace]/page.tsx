import type { Metadata } from "next";
import { Overview } from "@/app/_components/scorecard/overview";
import { SCORECARD_PAGE_SIZE } from "@/app/_components/scorecard/rows-page";
import { ServerData } from "@/app/_components/trpc/server-data";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return (
    <ServerData
      slug={workspace}
      queries={({ api, keys, workspaceId, put }) => {
        const rows = { workspaceId, limit: SCORECARD_PAGE_SIZE, offset: 0 };
        return [
          put(keys.scorecard.summary.queryKey({ workspaceId }), api.scorecard.summary({ workspaceId })),
          put(keys.scorecard.rows.queryKey(rows), api.scorecard.rows(rows)),
          // The first-hour checklist sits above the scorecard: read with the page, so it is in the first paint instead
          // of arriving after it and pushing the scorecard down.
          put(keys.workspace.onboarding.queryKey({ workspaceId }), api.workspace.onboarding({ workspaceId })),
        ];
      }}
    >
      <Overview />
    </ServerData>
  );
}
