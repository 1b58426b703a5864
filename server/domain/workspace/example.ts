import { insertedRow } from "@/db/database";
import { canvases, categories, initiativeEffects, initiatives, moments } from "@/db/schema";
import { contactCentreInitiatives } from "@/server/demo/data/initiatives-contact-centre";
import { serviceInitiatives } from "@/server/demo/data/initiatives-service";
import { timeIsMoney } from "@/server/demo/data/time-is-money";
import type { DemoInitiative } from "@/server/demo/data/types";
import { ConflictError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { writeTransaction } from "../shared/revision";
import { getOnboarding } from "./onboarding";

/** The demo's two initiatives on this category's moments, each linked to a hot spot, as fresh proposals. */
const EXAMPLE_INITIATIVES = ["ready-text", "express-lane"].map((key) => {
  const found = [...contactCentreInitiatives, ...serviceInitiatives].find((i) => i.key === key);
  if (!found) throw new Error(`example data: no demo initiative "${key}"`);
  return found;
});

function proposal(i: DemoInitiative) {
  return {
    title: i.title,
    problem: i.problem,
    department: i.department,
    status: "proposed" as const,
    costLow: i.cost[0],
    costLikely: i.cost[1],
    costHigh: i.cost[2],
    revenueLow: i.revenue[0],
    revenueLikely: i.revenue[1],
    revenueHigh: i.revenue[2],
    investment: i.investment,
    effort: i.effort,
    durationPeriods: i.durationPeriods,
    confidence: i.confidence,
  };
}

/**
 * Fills an empty workspace with a small example to look at first: one
 * need-based category of the demo with its canvas and moments of truth, and
 * two proposals linked to them. Refused when anything is there already, so it
 * never mixes into someone's work; audited as one change of the workspace.
 */
export async function loadExampleData(ctx: WorkspaceCtx) {
  return await writeTransaction(ctx, async (tx) => {
    if (!(await getOnboarding({ ...ctx, db: tx })).empty) {
      throw new ConflictError(
        "This workspace already has categories or initiatives. Example data can only be loaded into an empty workspace.",
      );
    }
    const { canvas, key: _key, ...category } = timeIsMoney;
    const { moments: momentList, measures: _measures, ...canvasFields } = canvas;
    const categoryId = (
      await insertedRow(
        tx
          .insert(categories)
          .values({ ...category, workspaceId: ctx.workspaceId })
          .returning(),
      )
    ).id;
    const canvasId = (
      await insertedRow(
        tx
          .insert(canvases)
          .values({ ...canvasFields, status: "draft", workspaceId: ctx.workspaceId, categoryId, updatedBy: ctx.userId })
          .returning(),
      )
    ).id;
    const momentIds = new Map<string, string>();
    for (const [position, { key, ...moment }] of momentList.entries()) {
      const row = await insertedRow(
        tx
          .insert(moments)
          .values({ ...moment, workspaceId: ctx.workspaceId, canvasId, position })
          .returning(),
      );
      momentIds.set(key, row.id);
    }
    const made: string[] = [];
    for (const i of EXAMPLE_INITIATIVES) {
      const row = await insertedRow(
        tx
          .insert(initiatives)
          .values({ ...proposal(i), workspaceId: ctx.workspaceId, ownerId: ctx.userId, createdBy: ctx.userId })
          .returning(),
      );
      made.push(row.id);
      for (const [momentKey, effect] of Object.entries(i.effects)) {
        const momentId = momentIds.get(momentKey);
        if (momentId) await tx.insert(initiativeEffects).values({ workspaceId: ctx.workspaceId, initiativeId: row.id, momentId, effect });
      }
    }
    const summary = { categoryId, canvasId, moments: momentIds.size, initiatives: made };
    await recordAudit(tx, ctx, { entityType: "workspace", entityId: ctx.workspaceId, action: "load_example", after: summary });
    return summary;
  });
}
