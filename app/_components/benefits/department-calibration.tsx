"use client";

import { useQuery } from "@tanstack/react-query";
import { useParams } from "next/navigation";
import type { RouterOutputs as Outputs } from "../trpc/types";
import { useTRPC } from "../trpc/client";
import { useWorkspace } from "../workspace/workspace-context";
import { factorText, initiativesText, MIN_BASIS, ratioText } from "./words";

type DepartmentCalibration = Outputs["scorecard"]["departmentCalibration"];
type Crown = DepartmentCalibration["cost"];

/** One money crown in words: "Finance's cost estimates have realised 62% on average (5 initiatives)." */
function crownSentence(whose: string, label: string, c: Crown, department: string): string | null {
  if (c.ratio === null || c.initiatives === 0) {
    return c.factor
      ? `${whose} ${label} estimates have no done work to go by; calibrated values use ${factorText(c.factor, department)}.`
      : null;
  }
  if (c.initiatives < MIN_BASIS) {
    const fallback = c.factor ? ` Calibrated values use ${factorText(c.factor, department)}.` : "";
    return `${whose} ${label} estimates have realised ${ratioText(c.ratio)} so far: too few done initiatives to calibrate: ${c.initiatives}.${fallback}`;
  }
  return `${whose} ${label} estimates have realised ${ratioText(c.ratio)} on average (${initiativesText(c.initiatives)}).`;
}

/**
 * Near the initiative's estimates: how far its department's estimates have
 * come true on done work (docs/scoring.md §10.2), so whoever estimates can
 * weigh their own numbers. Says nothing until there is something to say.
 */
export function DepartmentCalibrationNote() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const initiativeId = useParams<{ initiativeId?: string }>().initiativeId;
  const query = useQuery({
    ...trpc.scorecard.departmentCalibration.queryOptions({ workspaceId: ws.id, initiativeId: initiativeId ?? "" }),
    enabled: Boolean(initiativeId),
  });
  const d = query.data;
  if (!d) return null;
  const whose = d.department ? `${d.department}'s` : "Initiatives without a department: their";
  const sentences = [crownSentence(whose, "cost", d.cost, d.department), crownSentence(whose, "revenue", d.revenue, d.department)].filter(
    (s): s is string => s !== null,
  );
  if (sentences.length === 0) return null;
  return (
    <div
      className="mt-3 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900 ring-1 ring-inset ring-sky-200"
      data-testid="department-calibration"
    >
      {sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
    </div>
  );
}
