import type { Metadata } from "next";
import { ScenariosView } from "@/app/_components/scenario/scenarios-view";
import { ServerData } from "@/app/_components/trpc/server-data";

export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return (
    <ServerData
      slug={workspace}
      // The list and the periods its lines name ("Q3 2026 capacity 40 → 60"); the editor loads the rest when opened.
      queries={({ api, keys, workspaceId, put }) => [
        put(keys.scenario.list.queryKey({ workspaceId }), api.scenario.list({ workspaceId })),
        put(keys.period.list.queryKey({ workspaceId }), api.period.list({ workspaceId })),
      ]}
    >
      <ScenariosView />
    </ServerData>
  );
}
