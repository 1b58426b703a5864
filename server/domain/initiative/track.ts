import { writeTransaction } from "../shared/revision";
import { initiatives } from "@/db/schema";
import { ConflictError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { throwMissingOrStale, updateVersioned } from "../shared/versioned";
import { enqueueDecisionMade } from "@/server/mail/decision-mails";
import { recordDecision } from "../decision/record";
import { decisionSnapshots } from "../decision/snapshot";
import { initiativeInWorkspace, toInitiative } from "./access";
import type { DecideInput, UpdateProgressInput } from "./schemas";
import { checkTransition, DECISION_TARGET, resolveStatusFields } from "./status-rules";
import { emitInitiativeEvents } from "../webhook/emit";

/** The team's update: start, finish or step back, with the start period, and progress. */
export async function updateProgress(ctx: WorkspaceCtx, input: UpdateProgressInput) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await initiativeInWorkspace(tx, ctx, input.id);
    if (before.version !== input.version) await throwMissingOrStale(tx, ctx, initiatives, "Initiative", input.id);
    if (input.status) checkTransition(ctx.role, before.status, input.status, "track");
    const fields = resolveStatusFields(before, input);
    const after = await updateVersioned(tx, ctx, initiatives, "Initiative", input, fields);
    await recordAudit(tx, ctx, { entityType: "initiative", entityId: after.id, action: "update_progress", before, after });
    await emitInitiativeEvents(tx, ctx, { kind: "updated", before, after });
    return toInitiative(after);
  });
}

/**
 * An executive's decision on a proposal: approve (proposed → approved) or
 * reject (→ cancelled; also stops approved or started work). The reason is
 * stored on the initiative and in the audit trail.
 */
export async function decideInitiative(ctx: WorkspaceCtx, input: DecideInput) {
  // The figures the scorecard shows now, before the decision changes them (the decision log keeps them).
  const snapshots = await decisionSnapshots(ctx, [input.id]);
  return await writeTransaction(ctx, async (tx) => {
    const before = await initiativeInWorkspace(tx, ctx, input.id);
    if (before.version !== input.version) await throwMissingOrStale(tx, ctx, initiatives, "Initiative", input.id);
    const to = DECISION_TARGET[input.decision];
    if (input.decision === "approve" && before.status !== "proposed") {
      throw new ConflictError(`Only a proposed initiative can be approved; "${before.title}" is ${before.status.replace("_", " ")}.`);
    }
    if (input.decision === "reject" && (before.status === "cancelled" || before.status === "done")) {
      throw new ConflictError(`"${before.title}" is already ${before.status}; there is nothing to reject.`);
    }
    checkTransition(ctx.role, before.status, to, "decide");
    const fields = resolveStatusFields(before, { status: to });
    const reason = input.reason || null;
    const after = await updateVersioned(tx, ctx, initiatives, "Initiative", input, { ...fields, decisionReason: reason });
    await recordDecision(tx, ctx, snapshots, {
      initiativeId: after.id,
      fromStatus: before.status,
      outcome: to === "approved" ? "approved" : "cancelled",
      reason: reason ?? "",
    });
    await recordAudit(tx, ctx, {
      entityType: "initiative",
      entityId: after.id,
      action: input.decision,
      before,
      after: { ...after, reason },
    });
    await enqueueDecisionMade(
      tx,
      ctx,
      after,
      to === "approved" ? "approved" : before.status === "proposed" ? "rejected" : "cancelled",
      reason,
    );
    await emitInitiativeEvents(tx, ctx, { kind: "decided", decision: input.decision, before, after, reason });
    return toInitiative(after);
  });
}
