"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { addDays } from "@/server/domain/period/current";
import { quarterStart } from "@/server/domain/period/quarters";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import { useRefreshPlan } from "./use-refresh-plan";

const COUNT = 4;

/**
 * Where the next quarters start: the day after the plan's last day, or the
 * start of today's quarter when the plan ended longer ago (so the new
 * quarters reach today).
 */
function nextQuartersStart(lastDay: string | null, today: string): string {
  const thisQuarter = quarterStart(today);
  if (!lastDay) return thisQuarter;
  const after = addDays(lastDay, 1);
  return after < thisQuarter ? thisQuarter : after;
}

/** One click: the next four quarters, each with the capacity of the plan's last period. */
export function AddNextQuarters({ lastDay, today, capacity }: { lastDay: string | null; today: string; capacity: number }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const refreshPlan = useRefreshPlan();
  const create = useMutation(
    trpc.period.createQuarters.mutationOptions({
      onSuccess: async () => {
        await refreshPlan();
        void queryClient.invalidateQueries({ queryKey: trpc.period.calendar.queryKey() });
      },
    }),
  );
  if (!ws.canCall("period.createQuarters")) return null;
  return (
    <span className="inline-flex flex-col gap-2">
      <Button
        size="sm"
        busy={create.isPending}
        onClick={() => create.mutate({ workspaceId: ws.id, startDate: nextQuartersStart(lastDay, today), count: COUNT, capacity })}
      >
        Add the next {COUNT} quarters
      </Button>
      {create.error ? <Alert>{readTrpcError(create.error).message}</Alert> : null}
    </span>
  );
}
