import { initiatives } from "@/db/schema";
import type { InitiativeStatus } from "@/server/scoring";
import { ConflictError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { Tx, WorkspaceCtx } from "../shared/context";
import { throwMissingOrStale, updateVersioned } from "../shared/versioned";
import { recordDecision } from "../decision/record";
import type { DecisionSnapshots } from "../decision/snapshot";
import { initiativeInWorkspace } from "./access";
import { checkTransition, resolveStatusFields } from "./status-rules";

type Place = { status: InitiativeStatus; pinnedPeriod: number | null };

/** What adopting a plan did to one initiative, so it can be undone. */
export type PinChange = { id: string; title: string; before: Place; after: Place & { version: number } };

/** The reason recorded on a proposal that adopting a plan approves. */
export const ADOPTION_REASON = "Approved by adopting the optimal plan";

/**
 * Pins one initiative where an adopted plan put it. A proposal is approved on
 * the way (a pin holds only for approved work); the caller's role must be
 * allowed to decide. The version is the one the plan was computed from: a
 * newer one means someone changed the initiative since, and the adoption stops.
 * An approval is a decision: it is logged with the figures read before the
 * adoption's transaction (`snapshots`).
 */
export async function pinAsPlanned(
  tx: Tx,
  ctx: WorkspaceCtx,
  target: { id: string; version: number; period: number },
  snapshots: DecisionSnapshots,
): Promise<PinChange> {
  const before = await initiativeInWorkspace(tx, ctx, target.id);
  if (before.version !== target.version) await throwMissingOrStale(tx, ctx, initiatives, "Initiative", target.id);
  if (before.status !== "proposed" && before.status !== "approved") {
    throw new ConflictError(`"${before.title}" is ${before.status.replace("_", " ")} now; only proposed or approved work can be pinned.`);
  }
  checkTransition(ctx.role, before.status, "approved", "decide");
  const fields = resolveStatusFields(before, { status: "approved", pinnedPeriod: target.period });
  const approving = before.status === "proposed";
  const after = await updateVersioned(tx, ctx, initiatives, "Initiative", target, {
    ...fields,
    ...(approving ? { decisionReason: ADOPTION_REASON } : {}),
  });
  if (approving)
    await recordDecision(tx, ctx, snapshots, {
      initiativeId: after.id,
      fromStatus: before.status,
      outcome: "approved",
      reason: ADOPTION_REASON,
    });
  await recordAudit(tx, ctx, { entityType: "initiative", entityId: after.id, action: "adopt_plan", before, after });
  return {
    id: after.id,
    title: after.title,
    before: { status: before.status, pinnedPeriod: before.pinnedPeriod },
    after: { status: after.status, pinnedPeriod: after.pinnedPeriod, version: after.version },
  };
}

/**
 * Puts an initiative back as it was before an adoption — only when nobody
 * has changed it since (its version is still the one the adoption left).
 * Returns whether it did.
 */
export async function unpinAdopted(tx: Tx, ctx: WorkspaceCtx, change: PinChange): Promise<boolean> {
  const current = (await initiativeInWorkspace(tx, ctx, change.id).catch(() => null)) ?? null;
  if (!current || current.version !== change.after.version) return false;
  const fields = resolveStatusFields(current, { status: change.before.status, pinnedPeriod: change.before.pinnedPeriod });
  const after = await updateVersioned(
    tx,
    ctx,
    initiatives,
    "Initiative",
    { id: current.id, version: current.version },
    {
      ...fields,
      ...(change.before.status === "proposed" && current.decisionReason === ADOPTION_REASON ? { decisionReason: null } : {}),
    },
  );
  await recordAudit(tx, ctx, { entityType: "initiative", entityId: after.id, action: "undo_adopt_plan", before: current, after });
  return true;
}
