"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../trpc/client";

/**
 * After a period changes: reload the periods (awaited, so the form shows the
 * new row), then every scorecard view, since the roadmap is planned over them.
 */
export function useRefreshPlan(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.period.list.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.scorecard.pathKey() });
  };
}
