"use client";

import { useQueries } from "@tanstack/react-query";
import { useTRPC } from "../trpc/client";
import { useWorkspace } from "../workspace/workspace-context";

export type Prerequisite = { id: string; title: string; status: string };

/**
 * The prerequisites of the initiatives on screen. scorecard.get does not
 * carry dependencies, so they are read per visible row (batched into one
 * request by the tRPC link) and cached; rows scrolled past cost nothing.
 */
export function usePrerequisites(ids: string[], enabled: boolean): Map<string, Prerequisite[]> {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const results = useQueries({
    queries: ids.map((id) => ({ ...trpc.initiative.get.queryOptions({ workspaceId: ws.id, id }), enabled, staleTime: 60_000 })),
  });
  const map = new Map<string, Prerequisite[]>();
  results.forEach((r, n) => {
    if (r.data) map.set(ids[n]!, r.data.dependsOn);
  });
  return map;
}
