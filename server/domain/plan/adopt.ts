import { and, desc, eq } from "drizzle-orm";
import { newId } from "@/db/ids";
import { planAdoptions, users } from "@/db/schema";
import { ConflictError } from "../errors";
import { decisionSnapshots } from "../decision/snapshot";
import { pinAsPlanned, unpinAdopted, type PinChange } from "../initiative/plan-pins";
import { scorecardStateKey } from "../scorecard/cache";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { rowInWorkspace } from "../shared/in-workspace";
import { writeTransaction } from "../shared/revision";
import { planChoice } from "./choice";

const STALE_PLAN =
  "The workspace has changed since this plan was worked out, so it may no longer be the best. Look at the new optimal plan, then adopt it.";

/**
 * Adopts the optimal plan of the workspace as it is: every initiative the
 * optimal plan newly places is pinned to its start period (proposals are
 * approved on the way), so the greedy plan follows it from now on. One audited
 * change, kept as an adoption that can be undone.
 */
export async function adoptOptimalPlan(ctx: WorkspaceCtx, input: { stateKey: string }) {
  if ((await scorecardStateKey(ctx.db, ctx.workspaceId)) !== input.stateKey) throw new ConflictError(STALE_PLAN);
  const plan = await planChoice(ctx, { scenarioId: null, mode: "optimal" });
  if (plan.stateKey !== input.stateKey) throw new ConflictError(STALE_PLAN);
  const placed = plan.items.filter((i) => i.scheduled && i.kind === "planned");
  if (placed.length === 0) throw new ConflictError("The optimal plan places no new work, so there is nothing to adopt.");
  // Approving a proposal on the way is a decision: the log keeps the figures the scorecard shows now.
  const snapshots = await decisionSnapshots(
    ctx,
    placed.map((i) => i.id),
  );
  return await writeTransaction(ctx, async (tx) => {
    const changes: PinChange[] = [];
    for (const item of placed) {
      if (!item.scheduled) continue;
      changes.push(await pinAsPlanned(tx, ctx, { id: item.id, version: item.version, period: item.startPeriod }, snapshots));
    }
    const approved = changes.filter((c) => c.before.status === "proposed").length;
    const summary =
      `Pinned ${changes.length} initiative${changes.length === 1 ? "" : "s"} where the optimal plan placed them` +
      (approved ? ` (${approved} approved on the way)` : "") +
      `: value ${plan.objective.toFixed(1)} against ${plan.greedyObjective.toFixed(1)} for the greedy plan.`;
    const id = newId();
    const row = { id, workspaceId: ctx.workspaceId, createdBy: ctx.userId, createdAt: Date.now(), summary, changes };
    await tx.insert(planAdoptions).values(row);
    await recordAudit(tx, ctx, {
      entityType: "plan",
      entityId: id,
      action: "adopt",
      after: { summary, initiatives: changes.length, approved },
    });
    return { id, pinned: changes.length, approved, summary };
  });
}

/**
 * Undoes an adoption: each initiative it pinned goes back to its status and
 * pin of before, unless someone has changed it since (it is then left as it
 * is, and named in the answer).
 */
export async function undoAdoption(ctx: WorkspaceCtx, input: { adoptionId: string }) {
  return await writeTransaction(ctx, async (tx) => {
    const adoption = await rowInWorkspace(tx, ctx, planAdoptions, "Adopted plan", input.adoptionId);
    if (adoption.undoneAt !== null) throw new ConflictError("This adoption has already been undone.");
    const changes = adoption.changes as PinChange[];
    const kept: string[] = [];
    let restored = 0;
    for (const change of changes) {
      if (await unpinAdopted(tx, ctx, change)) restored++;
      else kept.push(change.title);
    }
    await tx
      .update(planAdoptions)
      .set({ undoneAt: Date.now(), undoneBy: ctx.userId })
      .where(and(eq(planAdoptions.id, adoption.id), eq(planAdoptions.workspaceId, ctx.workspaceId)));
    await recordAudit(tx, ctx, { entityType: "plan", entityId: adoption.id, action: "undo_adopt", after: { restored, kept } });
    return { restored, kept };
  });
}

/** The latest adoptions, newest first, for the page to offer an undo. */
export async function listAdoptions(ctx: WorkspaceCtx) {
  const rows = await ctx.db
    .select({ a: planAdoptions, by: users.name })
    .from(planAdoptions)
    .leftJoin(users, eq(users.id, planAdoptions.createdBy))
    .where(eq(planAdoptions.workspaceId, ctx.workspaceId))
    .orderBy(desc(planAdoptions.createdAt))
    .limit(10);
  return rows.map(({ a, by }) => ({ id: a.id, summary: a.summary, createdAt: a.createdAt, createdBy: by, undoneAt: a.undoneAt }));
}
