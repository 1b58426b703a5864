"use client";

import { CommentsPanel } from "../comment/comments-panel";
import { confidenceText } from "../initiative/confidence-text";
import { useWorkspace } from "../workspace/workspace-context";
import { EffectContributions } from "./effect-contributions";
import { FinanceSummary } from "./finance-summary";
import { RankScenarios } from "./rank-scenarios";
import type { ScorecardModel, ScorecardRow } from "./types";
import { ValuePartsTable } from "./value-parts-table";

/** Everything behind one row's numbers, so no score is a black box. */
export function BreakdownPanel({ row, model, printing }: { row: ScorecardRow; model: ScorecardModel; printing: boolean }) {
  const ws = useWorkspace();
  return (
    <div className="sticky left-0 grid max-w-[calc(100vw-2rem)] gap-5 p-4 md:max-w-none lg:grid-cols-2" data-testid="breakdown">
      <div className="space-y-5">
        <ValuePartsTable row={row} />
        <p className="text-xs text-slate-600">
          {confidenceText({ confidence: row.confidence, source: row.confidenceSource, assumptions: row.confidenceAssumptions })}
        </p>
        <EffectContributions row={row} />
      </div>
      <div className="space-y-5">
        <FinanceSummary row={row} model={model} currency={ws.currency} />
        <RankScenarios row={row.sensitivity} />
        {row.decisionReason ? (
          <p className="text-sm text-slate-700">
            <span className="font-semibold">Decision:</span> “{row.decisionReason}”
          </p>
        ) : null}
        {printing ? null : (
          <div className="no-print">
            <CommentsPanel entityType="initiative" entityId={row.id} />
          </div>
        )}
      </div>
    </div>
  );
}
