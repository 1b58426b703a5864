import { z } from "zod";
import { ASSUMPTION_KINDS, ASSUMPTION_STATUSES } from "@/db/schema/values";
import { EVIDENCE_KINDS } from "@/server/scoring/outcomes/evidence";
import { INITIATIVE_STATUSES } from "./status-rules";
import { REASON_REQUIRED_MESSAGE, reasonRule } from "./status-rules";
import { idSchema as id, keptText, pageInput, requiredText, TEXT_MAX, trimmedText, versionSchema } from "../shared/inputs";

export const MONEY_LIMIT = 1e12;
export const MAX_EFFECTS = 200;
export const MAX_DEPENDENCIES = 100;
/** An initiative that expects to move more measures than this has no clear aim. */
export const MAX_MEASURE_LINKS = 20;
/** Measures are bounded by ±1e12 (measure/schemas.ts); a change can span the whole range. */
export const EXPECTED_CHANGE_LIMIT = 2e12;
/** Period indexes are small; the bound only keeps garbage out. */
export const PERIOD_INDEX_LIMIT = 1000;

export const statusSchema = z.enum(INITIATIVE_STATUSES, {
  message: `Choose one of: ${INITIATIVE_STATUSES.join(", ")}`,
});

export const money = (label: string) =>
  z
    .number({ message: `${label} must be a number` })
    .min(-MONEY_LIMIT, `${label} must be at least −1,000,000,000,000`)
    .max(MONEY_LIMIT, `${label} must be at most 1,000,000,000,000`);

/** What each field is called in the editor; CONFLICTs and messages use these, never the keys. */
export const INITIATIVE_LABELS = {
  title: "Title",
  problem: "Problem",
  ownerId: "Owner",
  department: "Department",
  status: "Status",
  costReduction: "Cost reduction",
  "costReduction.low": "Cost reduction, low",
  "costReduction.likely": "Cost reduction, likely",
  "costReduction.high": "Cost reduction, high",
  revenueGrowth: "Revenue growth",
  "revenueGrowth.low": "Revenue growth, low",
  "revenueGrowth.likely": "Revenue growth, likely",
  "revenueGrowth.high": "Revenue growth, high",
  investment: "Investment",
  effort: "Effort",
  durationPeriods: "Duration",
  confidence: "Confidence",
  startPeriod: "Start period",
  pinnedPeriod: "Pinned period",
  progress: "Progress",
} as const;

type Estimate = { low: number; likely: number; high: number };
export type EstimateKey = "costReduction" | "revenueGrowth";

/**
 * The order rule low <= likely <= high, marked on the field that breaks it:
 * the one just changed when `changed` says which (so an edit of "likely" is
 * what gets marked, not the untouched "low"). Keys are "costReduction.low".
 */
export function estimateOrderErrors(
  key: EstimateKey,
  e: Estimate,
  changed: Partial<Record<keyof Estimate, unknown>> = { low: 1, high: 1 },
): Record<string, string[]> {
  const label = INITIATIVE_LABELS[key];
  const out: Record<string, string[]> = {};
  if (e.low > e.likely) {
    if (changed.low !== undefined || changed.likely === undefined)
      out[`${key}.low`] = [`${label}, low: must not be above the likely value`];
    else out[`${key}.likely`] = [`${label}, likely: must not be below the low value`];
  }
  if (e.likely > e.high) {
    if (changed.high !== undefined || changed.likely === undefined)
      out[`${key}.high`] = [`${label}, high: must not be below the likely value`];
    else (out[`${key}.likely`] ??= []).push(`${label}, likely: must not be above the high value`);
  }
  return out;
}

const estimateParts = (key: EstimateKey) => {
  const label = INITIATIVE_LABELS[key];
  return { low: money(`${label}, low`), likely: money(`${label}, likely`), high: money(`${label}, high`) };
};

/** A yearly three-point estimate, whole (on create). */
export const estimateSchema = (key: EstimateKey) =>
  z.object(estimateParts(key)).superRefine((e, ctx) => {
    for (const [path, messages] of Object.entries(estimateOrderErrors(key, e))) {
      for (const message of messages) ctx.addIssue({ code: "custom", path: [path.split(".")[1]!], message });
    }
  });

/** On update any part may be sent alone; the order rule is checked on the row it would make (commands.ts). */
const estimatePatchSchema = (key: EstimateKey) => z.object(estimateParts(key)).partial();

const titleSchema = requiredText("Title", TEXT_MAX.title, "Give the initiative a title");
const problemSchema = keptText("Problem", TEXT_MAX.long);
const departmentSchema = trimmedText("Department", 100);
const investmentSchema = z
  .number({ message: "Investment must be a number" })
  .min(0, "Investment cannot be negative")
  .max(MONEY_LIMIT, "Investment must be at most 1,000,000,000,000");
const effortSchema = z
  .number({ message: "Effort must be a number" })
  .gt(0, "Effort must be more than 0")
  .max(1e6, "Effort must be at most 1,000,000");
const durationSchema = z
  .number({ message: "Duration must be a number of periods" })
  .int("Duration is a whole number of periods")
  .min(1, "Duration is at least 1 period")
  .max(20, "Duration is at most 20 periods");
const confidenceSchema = z
  .number({ message: "Confidence must be a number" })
  .gt(0, "Confidence must be more than 0")
  .max(1, "Confidence is at most 1 (100%)");
const startPeriodSchema = z
  .number()
  .int("Give the start period as a whole number: 0 is the first period of the plan, −1 the one before")
  .min(-PERIOD_INDEX_LIMIT)
  .max(PERIOD_INDEX_LIMIT)
  .nullable();
const pinnedPeriodSchema = z
  .number()
  .int("Give the pinned period as a whole number: 0 is the first period of the plan")
  .min(0, "The pinned period cannot be before the first period of the plan (0)")
  .max(PERIOD_INDEX_LIMIT)
  .nullable();
const progressSchema = z
  .number()
  .int("Progress is a whole percentage")
  .min(0, "Progress is between 0 and 100")
  .max(100, "Progress is between 0 and 100");

const editableFields = {
  title: titleSchema,
  problem: problemSchema,
  ownerId: id.nullable(),
  department: departmentSchema,
  status: statusSchema,
  costReduction: estimatePatchSchema("costReduction"),
  revenueGrowth: estimatePatchSchema("revenueGrowth"),
  investment: investmentSchema,
  effort: effortSchema,
  durationPeriods: durationSchema,
  confidence: confidenceSchema,
  startPeriod: startPeriodSchema,
  pinnedPeriod: pinnedPeriodSchema,
  progress: progressSchema,
};

const zeroEstimate = { low: 0, likely: 0, high: 0 };

export const createInitiativeInput = z.object({
  title: titleSchema,
  problem: problemSchema.default(""),
  ownerId: id.nullable().default(null),
  department: departmentSchema.default(""),
  status: statusSchema.default("proposed"),
  costReduction: estimateSchema("costReduction").default(zeroEstimate),
  revenueGrowth: estimateSchema("revenueGrowth").default(zeroEstimate),
  investment: investmentSchema.default(0),
  effort: effortSchema.default(1),
  durationPeriods: durationSchema.default(1),
  confidence: confidenceSchema.default(0.8),
  startPeriod: startPeriodSchema.default(null),
  pinnedPeriod: pinnedPeriodSchema.default(null),
  /** 0 when left out (100 when created done). */
  progress: progressSchema.optional(),
});
export type CreateInitiativeInput = z.infer<typeof createInitiativeInput>;

/** Partial: only the fields sent change. */
export const updateInitiativeInput = z.object({ id, version: versionSchema }).extend(z.object(editableFields).partial().shape);
export type UpdateInitiativeInput = z.infer<typeof updateInitiativeInput>;

export const deleteInitiativeInput = z.object({
  id,
  version: versionSchema,
  /** Needed when other initiatives depend on it or results are recorded. */
  confirm: z.boolean().default(false),
});
export type DeleteInitiativeInput = z.infer<typeof deleteInitiativeInput>;

export const initiativeIdInput = z.object({ id });

export const INITIATIVE_SORTS = ["title", "status", "department", "owner", "links", "saving", "value", "rank", "updated"] as const;
export type InitiativeSort = (typeof INITIATIVE_SORTS)[number];

export const listInitiativesInput = pageInput.extend({
  status: z.array(statusSchema).max(INITIATIVE_STATUSES.length).optional(),
  department: z.string().max(100).optional(),
  ownerId: id.optional(),
  /** Initiatives with an effect on a moment of this category. */
  categoryId: id.optional(),
  /** In title or problem, case-insensitive. */
  search: z.string().trim().max(200).optional(),
  /** The whole filtered list is sorted before it is paged; ties by title, then id. */
  sort: z.enum(INITIATIVE_SORTS).default("title"),
  dir: z.enum(["asc", "desc"]).default("asc"),
});
export type ListInitiativesInput = z.infer<typeof listInitiativesInput>;

export const departmentsInput = z.object({ search: z.string().trim().max(100).optional() });

export const updateProgressInput = z.object({
  id,
  version: versionSchema,
  status: statusSchema.optional(),
  startPeriod: startPeriodSchema.optional(),
  progress: progressSchema.optional(),
});
export type UpdateProgressInput = z.infer<typeof updateProgressInput>;

export const decideInput = z
  .object({
    id,
    version: versionSchema,
    decision: z.enum(["approve", "reject"], { message: "Choose approve or reject" }),
    // Optional for approving, required for rejecting or stopping (status-rules.ts, reasonRule).
    reason: trimmedText("Reason", TEXT_MAX.note).optional(),
  })
  .superRefine((input, ctx) => {
    if (reasonRule(input.decision) === "required" && !input.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: REASON_REQUIRED_MESSAGE });
    }
  });
export type DecideInput = z.infer<typeof decideInput>;

export const setEffectsInput = z.object({
  initiativeId: id,
  /** When given, a stale version is refused (CONFLICT). */
  version: versionSchema.optional(),
  effects: z
    .array(
      z.object({
        momentId: id,
        effect: z
          .number()
          .int("An effect is a whole number from −3 to +3")
          .min(-3, "An effect is at least −3")
          .max(3, "An effect is at most +3")
          .refine((e) => e !== 0, "An effect of 0 is no link: leave the moment out"),
      }),
    )
    .max(MAX_EFFECTS, `At most ${MAX_EFFECTS} effects per initiative`)
    .superRefine((effects, ctx) => {
      const seen = new Set<string>();
      effects.forEach((e, i) => {
        if (seen.has(e.momentId)) {
          ctx.addIssue({ code: "custom", path: [i, "momentId"], message: "One effect per moment: this moment is listed twice" });
        }
        seen.add(e.momentId);
      });
    }),
});
export type SetEffectsInput = z.infer<typeof setEffectsInput>;

export const setDependenciesInput = z.object({
  initiativeId: id,
  version: versionSchema.optional(),
  dependsOn: z
    .array(id)
    .max(MAX_DEPENDENCIES, `At most ${MAX_DEPENDENCIES} prerequisites per initiative`)
    .superRefine((ids, ctx) => {
      const seen = new Set<string>();
      ids.forEach((d, i) => {
        if (seen.has(d)) ctx.addIssue({ code: "custom", path: [i], message: "This prerequisite is listed twice" });
        seen.add(d);
      });
    }),
});
export type SetDependenciesInput = z.infer<typeof setDependenciesInput>;

/** The expected move of a measure: signed, in the measure's unit, never 0 (0 is no expectation). */
export const expectedChangeSchema = z
  .number({ message: "The expected change must be a number, e.g. 8 or −2.5" })
  .min(-EXPECTED_CHANGE_LIMIT, "The expected change must be at least −2,000,000,000,000")
  .max(EXPECTED_CHANGE_LIMIT, "The expected change must be at most 2,000,000,000,000")
  .refine((n) => n !== 0, "An expected change of 0 is no expectation: say how much the measure should move, or remove the link");

export const setMeasureLinksInput = z.object({
  initiativeId: id,
  /** When given, a stale version is refused (CONFLICT). */
  version: versionSchema.optional(),
  links: z
    .array(
      z.object({
        measureId: id,
        expectedChange: expectedChangeSchema,
        byPeriodId: id.nullable().default(null),
      }),
    )
    .max(MAX_MEASURE_LINKS, `At most ${MAX_MEASURE_LINKS} measures per initiative: link the few it should move most`)
    .superRefine((links, ctx) => {
      const seen = new Set<string>();
      links.forEach((l, i) => {
        if (seen.has(l.measureId)) {
          ctx.addIssue({ code: "custom", path: [i, "measureId"], message: "One link per measure: this measure is listed twice" });
        }
        seen.add(l.measureId);
      });
    }),
});
export type SetMeasureLinksInput = z.infer<typeof setMeasureLinksInput>;

const assumptionFields = {
  kind: z.enum(ASSUMPTION_KINDS, { message: "Choose assumption or risk" }),
  evidence: z.enum(EVIDENCE_KINDS, { message: "Choose what it rests on: opinion, data, test or launch" }),
  text: requiredText("Assumption or risk", TEXT_MAX.note, "Write the assumption or risk"),
  status: z.enum(ASSUMPTION_STATUSES, { message: `Choose one of: ${ASSUMPTION_STATUSES.join(", ")}` }),
  critical: z.boolean(),
};

export const addAssumptionInput = z.object({
  initiativeId: id,
  kind: assumptionFields.kind.default("assumption"),
  text: assumptionFields.text,
  status: assumptionFields.status.default("untested"),
  critical: assumptionFields.critical.default(false),
  /** What the status rests on (docs/scoring.md §10.4); a file or client without it means an opinion. */
  evidence: assumptionFields.evidence.default("opinion"),
});
export type AddAssumptionInput = z.infer<typeof addAssumptionInput>;

export const updateAssumptionInput = z.object({ id, version: versionSchema }).extend(z.object(assumptionFields).partial().shape);
export type UpdateAssumptionInput = z.infer<typeof updateAssumptionInput>;

export const deleteByVersionInput = z.object({ id, version: versionSchema });
export type DeleteByVersionInput = z.infer<typeof deleteByVersionInput>;

export const recordResultInput = z.object({
  initiativeId: id,
  periodId: id,
  actualCostReduction: money("Actual cost reduction"),
  actualRevenueGrowth: money("Actual revenue growth"),
  note: keptText("Note", TEXT_MAX.note).default(""),
  /** Required when a result for this period already exists (it is then updated). */
  version: versionSchema.optional(),
});
export type RecordResultInput = z.infer<typeof recordResultInput>;
