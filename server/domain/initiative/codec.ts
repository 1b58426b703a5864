import { eq } from "drizzle-orm";
import { z } from "zod";
import {
  initiativeAssumptions,
  initiativeDependencies,
  initiativeEffects,
  initiativeMeasures,
  initiativeResults,
  initiatives,
} from "@/db/schema";
import { defineCodec, epochMs, groupBy, list, personRef, ref, sortBy, type CellReader, type CsvColumn } from "../shared/codec";
import { MAX_PERIODS } from "../period/schemas";
import {
  addAssumptionInput,
  createInitiativeInput,
  expectedChangeSchema,
  MAX_DEPENDENCIES,
  MAX_EFFECTS,
  MAX_MEASURE_LINKS,
  recordResultInput,
} from "./schemas";
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

const measureLink = z.object({ measureRef: ref, expectedChange: expectedChangeSchema, byPeriodRef: ref.nullable().default(null) });

const assumption = addAssumptionInput.omit({ initiativeId: true }).extend({ createdAt: epochMs.optional() });

const result = recordResultInput
  .omit({ initiativeId: true, periodId: true, version: true })
  .extend({ periodRef: ref, createdAt: epochMs.optional() });

/**
 * Initiatives in the workspace file, with their effects, prerequisites,
 * assumptions, results and the measures they expect to move (`measureLinks`,
 * added in version 1 without a new version number: an older file has none).
 */
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
    measureLinks: list(measureLink, MAX_MEASURE_LINKS, "measure links per initiative"),
    createdAt: epochMs.optional(),
  }),
  tables: [initiatives, initiativeEffects, initiativeDependencies, initiativeAssumptions, initiativeResults, initiativeMeasures],
  read: async (db, workspaceId) => {
    const effects = groupBy(
      await db.select().from(initiativeEffects).where(eq(initiativeEffects.workspaceId, workspaceId)),
      (e) => e.initiativeId,
    );
    const deps = groupBy(
      await db.select().from(initiativeDependencies).where(eq(initiativeDependencies.workspaceId, workspaceId)),
      (d) => d.initiativeId,
    );
    const assumptions = groupBy(
      sortBy(
        await db.select().from(initiativeAssumptions).where(eq(initiativeAssumptions.workspaceId, workspaceId)),
        (a) => a.createdAt,
        (a) => a.kind,
        (a) => a.text,
        (a) => a.id,
      ),
      (a) => a.initiativeId,
    );
    const results = groupBy(
      await db.select().from(initiativeResults).where(eq(initiativeResults.workspaceId, workspaceId)),
      (r) => r.initiativeId,
    );
    const measureLinks = groupBy(
      await db.select().from(initiativeMeasures).where(eq(initiativeMeasures.workspaceId, workspaceId)),
      (m) => m.initiativeId,
    );
    return sortBy(
      await db.select().from(initiatives).where(eq(initiatives.workspaceId, workspaceId)),
      (i) => i.createdAt,
      (i) => i.title,
      (i) => i.id,
    ).map((i) => ({
      ...i,
      effects: effects.get(i.id) ?? [],
      deps: deps.get(i.id) ?? [],
      assumptions: assumptions.get(i.id) ?? [],
      results: results.get(i.id) ?? [],
      measureLinks: measureLinks.get(i.id) ?? [],
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
      evidence: a.evidence,
      createdAt: a.createdAt,
    })),
    results: sortBy(i.results, (r) => refs.order("period", r.periodId)).map((r) => ({
      periodRef: refs.ref("period", r.periodId)!,
      actualCostReduction: r.actualCostReduction,
      actualRevenueGrowth: r.actualRevenueGrowth,
      note: r.note,
      createdAt: r.createdAt,
    })),
    measureLinks: sortBy(i.measureLinks, (m) => refs.order("measure", m.measureId)).map((m) => ({
      measureRef: refs.ref("measure", m.measureId)!,
      expectedChange: m.expectedChange,
      byPeriodRef: m.byPeriodId === null ? null : refs.ref("period", m.byPeriodId)!,
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
      x.measureLinks.map((m) => ({
        workspaceId,
        initiativeId,
        measureId: refs.idOf("measure", m.measureRef),
        expectedChange: m.expectedChange,
        byPeriodId: m.byPeriodRef === null ? null : refs.idOf("period", m.byPeriodRef),
      })),
    ];
  },
});

/** An initiative as its CSV export reads it: the row, its owner's email, its effects and prerequisites by name. */
export type InitiativeCsvRow = typeof initiatives.$inferSelect & { ownerEmail: string; effects: string; dependsOn: string };

const CONFIDENCE_WORDS: Record<string, number> = { high: 1, medium: 0.8, low: 0.5 };

function confidenceOf(r: CellReader): number | undefined {
  const raw = r.text("confidence");
  const word = CONFIDENCE_WORDS[raw.toLowerCase()];
  if (word !== undefined) return word;
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(raw);
  if (percent) return Number(percent[1]) / 100;
  return r.number("confidence");
}

function statusOf(r: CellReader): string | undefined {
  const raw = r.text("status");
  return raw === "" ? undefined : raw.toLowerCase().replace(/[\s-]+/g, "_");
}

/** Likely defaults to 0; an empty low or high to the likely value, so a one-column estimate is a fixed one. */
function estimate(r: CellReader, prefix: "cost" | "revenue") {
  const likely = r.number(`${prefix}_likely`);
  const low = r.number(`${prefix}_low`);
  const high = r.number(`${prefix}_high`);
  return { low: low ?? likely ?? 0, likely: likely ?? 0, high: high ?? likely ?? 0 };
}

/**
 * The initiatives CSV's columns (template, export and import), in order. The
 * owner, effects and prerequisites have no `read`: the import looks them up
 * (a member's email, moment names, initiative titles).
 */
export const INITIATIVE_CSV_COLUMNS: readonly CsvColumn<InitiativeCsvRow>[] = [
  {
    key: "title",
    label: "Title",
    required: true,
    hint: "Up to 200 characters",
    synonyms: ["name", "initiative", "initiative title", "initiative name"],
    example: "Online booking with a fixed return time",
    path: "title",
    read: (r) => r.text("title"),
    write: (i) => i.title,
  },
  {
    key: "problem",
    label: "Problem",
    required: false,
    hint: "The customer problem it solves",
    synonyms: ["description", "problem statement", "why"],
    example: "Customers phone three times to learn when their car is ready",
    path: "problem",
    read: (r) => r.text("problem"),
    write: (i) => i.problem,
  },
  {
    key: "department",
    label: "Department",
    required: false,
    hint: "Up to 100 characters",
    synonyms: ["dept", "team", "business unit"],
    example: "Digital",
    path: "department",
    read: (r) => r.text("department"),
    write: (i) => i.department,
  },
  {
    key: "owner_email",
    label: "Owner email",
    required: false,
    hint: "Email of a member of this workspace",
    synonyms: ["owner", "owner e-mail", "email"],
    example: "",
    path: "ownerId",
    write: (i) => i.ownerEmail,
  },
  {
    key: "status",
    label: "Status",
    required: false,
    hint: "proposed, approved, in progress, done or cancelled (default proposed)",
    synonyms: ["state"],
    example: "proposed",
    path: "status",
    read: statusOf,
    write: (i) => i.status,
  },
  {
    key: "cost_low",
    label: "Cost reduction, low",
    required: false,
    hint: "Yearly; empty = the likely value",
    synonyms: ["cost reduction low", "savings low"],
    example: "20000",
    path: "costReduction.low",
    write: (i) => i.costLow,
  },
  {
    key: "cost_likely",
    label: "Cost reduction, likely",
    required: false,
    hint: "Yearly money; may be negative (adds running cost)",
    synonyms: ["cost reduction", "cost saving", "cost savings", "savings", "cost reduction likely"],
    example: "40000",
    path: "costReduction.likely",
    write: (i) => i.costLikely,
  },
  {
    key: "cost_high",
    label: "Cost reduction, high",
    required: false,
    hint: "Yearly; empty = the likely value",
    synonyms: ["cost reduction high", "savings high"],
    example: "60000",
    path: "costReduction.high",
    write: (i) => i.costHigh,
  },
  {
    key: "revenue_low",
    label: "Revenue growth, low",
    required: false,
    hint: "Yearly; empty = the likely value",
    synonyms: ["revenue growth low"],
    example: "0",
    path: "revenueGrowth.low",
    write: (i) => i.revenueLow,
  },
  {
    key: "revenue_likely",
    label: "Revenue growth, likely",
    required: false,
    hint: "Yearly money; may be negative",
    synonyms: ["revenue", "revenue growth", "extra revenue", "revenue growth likely"],
    example: "25000",
    path: "revenueGrowth.likely",
    write: (i) => i.revenueLikely,
  },
  {
    key: "revenue_high",
    label: "Revenue growth, high",
    required: false,
    hint: "Yearly; empty = the likely value",
    synonyms: ["revenue growth high"],
    example: "50000",
    path: "revenueGrowth.high",
    write: (i) => i.revenueHigh,
  },
  {
    key: "investment",
    label: "Investment",
    required: false,
    hint: "One-off money, 0 or more",
    synonyms: ["capex", "one-off cost", "budget"],
    example: "30000",
    path: "investment",
    read: (r) => r.number("investment"),
    write: (i) => i.investment,
  },
  {
    key: "effort",
    label: "Effort",
    required: false,
    hint: "Capacity units (e.g. person-weeks), more than 0; default 1",
    synonyms: ["person weeks", "effort weeks", "person-weeks"],
    example: "6",
    path: "effort",
    read: (r) => r.number("effort"),
    write: (i) => i.effort,
  },
  {
    key: "duration_periods",
    label: "Duration (periods)",
    required: false,
    hint: "Whole number of periods, 1 to 20; default 1",
    synonyms: ["duration", "periods"],
    example: "1",
    path: "durationPeriods",
    read: (r) => r.number("duration_periods"),
    write: (i) => i.durationPeriods,
  },
  {
    key: "confidence",
    label: "Confidence",
    required: false,
    hint: "0 to 1, a percentage (80%) or high / medium / low; default 0.8",
    synonyms: ["certainty"],
    example: "0.8",
    path: "confidence",
    read: confidenceOf,
    write: (i) => i.confidence,
  },
  {
    key: "start_period",
    label: "Start period",
    required: false,
    hint: "Number of the period it started in: 0 is the first period under Settings → Periods, −1 the one before (in progress or done only)",
    synonyms: ["started in"],
    example: "",
    path: "startPeriod",
    read: (r) => r.number("start_period") ?? null,
    write: (i) => i.startPeriod,
  },
  {
    key: "pinned_period",
    label: "Pinned period",
    required: false,
    hint: "Number of the period it is committed to: 0 is the first period under Settings → Periods (approved only)",
    synonyms: ["pinned", "pin"],
    example: "",
    path: "pinnedPeriod",
    read: (r) => r.number("pinned_period") ?? null,
    write: (i) => i.pinnedPeriod,
  },
  {
    key: "progress",
    label: "Progress",
    required: false,
    hint: "Whole percentage 0 to 100",
    synonyms: ["percent done", "% done"],
    example: "",
    path: "progress",
    read: (r) => r.number("progress"),
    write: (i) => i.progress,
  },
  {
    key: "effects",
    label: "Effects on moments",
    required: false,
    hint: "Moment name:effect, separated by ; (effect −3 to +3), e.g. Booking online:+2; Car handover:-1",
    synonyms: ["effect", "moments", "effect links", "moments of truth"],
    example: "",
    write: (i) => i.effects,
  },
  {
    key: "depends_on",
    label: "Depends on",
    required: false,
    hint: "Titles of prerequisite initiatives, separated by ; (existing ones or rows of this file)",
    synonyms: ["dependencies", "prerequisites", "depends", "requires"],
    example: "",
    write: (i) => i.dependsOn,
  },
];

/** The API input (initiative.create) of one CSV row, before the schema checks it. */
export function initiativeCsvInput(r: CellReader): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const c of INITIATIVE_CSV_COLUMNS) if (c.read && c.path) raw[c.path] = c.read(r);
  raw.costReduction = estimate(r, "cost");
  raw.revenueGrowth = estimate(r, "revenue");
  return raw;
}

/** Where an issue of the API's schema points, as a CSV column. */
export const INITIATIVE_CSV_PATHS: Record<string, string> = {
  ...Object.fromEntries(INITIATIVE_CSV_COLUMNS.flatMap((c) => (c.path ? [[c.path, c.key]] : []))),
  costReduction: "cost_likely",
  revenueGrowth: "revenue_likely",
};
