import { asc, eq } from "drizzle-orm";
import { periods } from "@/db/schema";
import { ValidationError } from "../errors";
import type { Tx } from "../shared/context";

type Dated = { label: string; startDate: string; endDate: string | null };

/**
 * The first problem with a workspace's period dates, in plain words, or null:
 * a period's last day must come after its first day and before the next
 * period starts (periods never overlap). Gaps are allowed.
 */
function periodDatesProblem(ordered: readonly Dated[]): { field: "startDate" | "endDate"; message: string } | null {
  for (let k = 0; k < ordered.length; k++) {
    const p = ordered[k]!;
    if (!p.endDate) continue;
    if (p.endDate <= p.startDate) {
      return {
        field: "endDate",
        message: `${p.label} would end on ${p.endDate}, before it starts on ${p.startDate}: the last day must come after the first day.`,
      };
    }
    const next = ordered[k + 1];
    if (next && p.endDate >= next.startDate) {
      return {
        field: "endDate",
        message: `${p.label} would end on ${p.endDate}, but ${next.label} starts on ${next.startDate}: periods cannot overlap. End it before ${next.startDate}, or move ${next.label}.`,
      };
    }
  }
  return null;
}

/** Checks the workspace's periods as they stand inside the transaction; throws so the change is rolled back. */
export async function refuseOverlaps(tx: Tx, workspaceId: string): Promise<void> {
  const ordered = await tx
    .select({ label: periods.label, startDate: periods.startDate, endDate: periods.endDate })
    .from(periods)
    .where(eq(periods.workspaceId, workspaceId))
    .orderBy(asc(periods.startDate), asc(periods.id));
  const problem = periodDatesProblem(ordered);
  if (problem) throw new ValidationError(problem.message, { [problem.field]: [problem.message] });
}
