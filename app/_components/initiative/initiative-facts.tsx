"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTRPC } from "../trpc/client";
import { Card } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import type { Draft } from "./draft";
import { CONFIDENCE_OPTIONS } from "./labels";

function Fact({ term, children, className }: { term: string; children: ReactNode; className?: string }) {
  return (
    <div className={className}>
      <dt className="text-xs font-medium text-slate-600">{term}</dt>
      <dd className="mt-0.5 whitespace-pre-line break-words text-sm text-slate-900">{children}</dd>
    </div>
  );
}

const none = <span className="text-slate-500">Not given</span>;
const or = (text: string) => (text.trim() ? text : none);

/**
 * The initiative's details as text, for people who may read but not edit (viewer, tracker, executive): the same
 * facts as MainFields, without a greyed-out form that looks broken or editable.
 */
export function InitiativeFacts({ draft }: { draft: Draft }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId: ws.id }));
  const owner = draft.ownerId ? (members.data?.find((m) => m.userId === draft.ownerId)?.name ?? "…") : "No owner yet";
  const confidence = CONFIDENCE_OPTIONS.find((o) => o.value === draft.confidence);
  const range = (e: Draft["costReduction"]) =>
    e.likely.trim() ? (
      <>
        {e.likely} {ws.currency} a year{" "}
        <span className="text-slate-600">
          (low {or(e.low)}, high {or(e.high)})
        </span>
      </>
    ) : (
      none
    );
  return (
    <div className="space-y-6" data-testid="initiative-facts">
      <Card className="p-4">
        <h2 className="font-semibold text-slate-900">The change</h2>
        <dl className="mt-3 grid gap-4 sm:grid-cols-2">
          <Fact term="Problem" className="sm:col-span-2">
            {or(draft.problem)}
          </Fact>
          <Fact term="Owner">{owner}</Fact>
          <Fact term="Department">{or(draft.department)}</Fact>
        </dl>
      </Card>
      <Card className="p-4">
        <h2 className="font-semibold text-slate-900">Estimates</h2>
        <dl className="mt-3 grid gap-4 sm:grid-cols-2">
          <Fact term="Cost reduction (likely)">{range(draft.costReduction)}</Fact>
          <Fact term="Revenue growth (likely)">{range(draft.revenueGrowth)}</Fact>
          <Fact term="Investment">{draft.investment.trim() ? `${draft.investment} ${ws.currency}` : none}</Fact>
          <Fact term="Effort">{draft.effort.trim() ? `${draft.effort} person-weeks` : none}</Fact>
          <Fact term="Duration">{draft.durationPeriods.trim() ? `${draft.durationPeriods} periods` : none}</Fact>
          <Fact term="Confidence">
            {confidence ? `${confidence.label} (${confidence.value}): ${confidence.text}` : String(draft.confidence)}
          </Fact>
        </dl>
      </Card>
    </div>
  );
}
