import { eq } from "drizzle-orm";
import { z } from "zod";
import { initiativeAssumptions, initiativeDependencies, initiativeEffects, initiativeResults, initiatives } from "@/db/schema";
import { defineCodec, epochMs, groupBy, list, personRef, ref, sortBy } from "../shared/codec";
import { MAX_PERIODS } from "../period/schemas";
import { addAssumptionInput, createInitiativeInput, MAX_DEPENDENCIES, MAX_EFFECTS, recordResultInput } from "./schemas";
import { resolveStatusFields } from "./status-rules";

const effect = z.object({
  momentRef: ref,
  effect: z
    .number()
    .int()
    .min(-3, "An effect is at least −3")
    .max(3, "An effect is at most +3")
    .refine((e) => e !== 0, "An effect of 0 is no link"),
});

const assumption = addAssumptionInput.omit({ initiativeId: true }).extend({ createdAt: epochMs.optional() });

const result = recordResultInput
  .omit({ initiativeId: true, periodId: true, version: true })
  .extend({ periodRef: ref, createdAt: epochMs.optional() });

/** Initiatives in the workspace file, with their effects, prerequisites, assumptions and results. */
export const initiativeCodec = defineCodec({
  key: "initiatives",
  kind: "initiative",
  schema: createInitiativeInput.omit({ ownerId: true }).extend({
    ref,
    owner: personRef,
    createdBy: personRef,
    decisionReason: z.string().max(2_000).nullable().default(null),
    effects: list(effect, MAX_EFFECTS, "effects per initiative"),
    dependsOn: list(ref, MAX_DEPENDENCIES, "prerequisites per initiative"),
    assumptions: list(assumption, 1_000, "assumptions per initiative"),
    results: list(result, MAX_PERIODS, "results per initiative"),
    createdAt: epochMs.optional(),
  }),
  tables: [initiatives, initiativeEffects, initiativeDependencies, initiativeAssumptions, initiativeResults],
  read: (db, workspaceId) => {
    const effects = groupBy(
      db.select().from(initiativeEffects).where(eq(initiativeEffects.workspaceId, workspaceId)).all(),
      (e) => e.initiativeId,
    );
    const deps = groupBy(
      db.select().from(initiativeDependencies).where(eq(initiativeDependencies.workspaceId, workspaceId)).all(),
      (d) => d.initiativeId,
    );
    const assumptions = groupBy(
      sortBy(
        db.select().from(initiativeAssumptions).where(eq(initiativeAssumptions.workspaceId, workspaceId)).all(),
        (a) => a.createdAt,
        (a) => a.kind,
        (a) => a.text,
        (a) => a.id,
      ),
      (a) => a.initiativeId,
    );
    const results = groupBy(
      db.select().from(initiativeResults).where(eq(initiativeResults.workspaceId, workspaceId)).all(),
      (r) => r.initiativeId,
    );
    return sortBy(
      db.select().from(initiatives).where(eq(initiatives.workspaceId, workspaceId)).all(),
      (i) => i.createdAt,
      (i) => i.title,
      (i) => i.id,
    ).map((i) => ({
      ...i,
      effects: effects.get(i.id) ?? [],
      deps: deps.get(i.id) ?? [],
      assumptions: assumptions.get(i.id) ?? [],
      results: results.get(i.id) ?? [],
    }));
  },
  toFile: (i, refs) => ({
    ref: refs.ref("initiative", i.id)!,
    title: i.title,
    problem: i.problem,
    owner: refs.person(i.ownerId),
    department: i.department,
    status: i.status,
    costReduction: { low: i.costLow, likely: i.costLikely, high: i.costHigh },
    revenueGrowth: { low: i.revenueLow, likely: i.revenueLikely, high: i.revenueHigh },
    investment: i.investment,
    effort: i.effort,
    durationPeriods: i.durationPeriods,
    confidence: i.confidence,
    startPeriod: i.startPeriod,
    pinnedPeriod: i.pinnedPeriod,
    progress: i.progress,
    decisionReason: i.decisionReason,
    createdBy: refs.person(i.createdBy),
    createdAt: i.createdAt,
    effects: sortBy(i.effects, (e) => refs.order("moment", e.momentId)).map((e) => ({
      momentRef: refs.ref("moment", e.momentId)!,
      effect: e.effect,
    })),
    dependsOn: sortBy(i.deps, (d) => refs.order("initiative", d.dependsOnId)).map((d) => refs.ref("initiative", d.dependsOnId)!),
    assumptions: i.assumptions.map((a) => ({
      kind: a.kind,
      text: a.text,
      status: a.status,
      critical: a.critical,
      createdAt: a.createdAt,
    })),
    results: sortBy(i.results, (r) => refs.order("period", r.periodId)).map((r) => ({
      periodRef: refs.ref("period", r.periodId)!,
      actualCostReduction: r.actualCostReduction,
      actualRevenueGrowth: r.actualRevenueGrowth,
      note: r.note,
      createdAt: r.createdAt,
    })),
  }),
  fromFile: (x, refs) => {
    const { workspaceId } = refs;
    const initiativeId = refs.idOf("initiative", x.ref);
    const status = resolveStatusFields(
      { status: "proposed", startPeriod: null, pinnedPeriod: null, progress: 0 },
      { status: x.status, startPeriod: x.startPeriod, pinnedPeriod: x.pinnedPeriod, progress: x.progress },
    );
    return [
      [
        {
          id: initiativeId,
          workspaceId,
          title: x.title,
          problem: x.problem,
          ownerId: refs.person(x.owner),
          department: x.department,
          costLow: x.costReduction.low,
          costLikely: x.costReduction.likely,
          costHigh: x.costReduction.high,
          revenueLow: x.revenueGrowth.low,
          revenueLikely: x.revenueGrowth.likely,
          revenueHigh: x.revenueGrowth.high,
          investment: x.investment,
          effort: x.effort,
          durationPeriods: x.durationPeriods,
          confidence: x.confidence,
          ...status,
          decisionReason: x.decisionReason,
          createdBy: refs.person(x.createdBy),
          ...refs.stamp(x.createdAt),
        },
      ],
      x.effects.map((e) => ({ workspaceId, initiativeId, momentId: refs.idOf("moment", e.momentRef), effect: e.effect })),
      x.dependsOn.map((d) => ({ workspaceId, initiativeId, dependsOnId: refs.idOf("initiative", d) })),
      x.assumptions.map(({ createdAt, ...a }) => ({ ...a, workspaceId, initiativeId, ...refs.stamp(createdAt) })),
      x.results.map(({ periodRef, createdAt, ...r }) => ({
        ...r,
        workspaceId,
        initiativeId,
        periodId: refs.idOf("period", periodRef),
        ...refs.stamp(createdAt),
      })),
    ];
  },
});
