import { z } from "zod";
import { CANVAS_STATUSES, DIGITAL_SAVVINESS, JOURNEY_TYPES, MEASURE_DIRECTIONS, MEASURE_KINDS } from "@/db/schema";
import { INITIATIVE_STATUSES } from "@/server/scoring/types";

/**
 * What the API answers for each resource: a projection written field by
 * field, so a new column never reaches integrations by accident, and the
 * one description of each answer in the OpenAPI document. Handlers pass the
 * domain's result through these schemas (server/api/handle.ts), so an answer
 * never differs from its documentation. Timestamps are epoch milliseconds,
 * dates are YYYY-MM-DD, money is a yearly amount in the workspace currency.
 */

const id = z.string().describe("Opaque id");
const epochMs = z.number().int().describe("Epoch milliseconds (UTC)");
const isoDate = z.string().describe("A day, YYYY-MM-DD");
const version = z.number().int().min(1).describe("The row's version; send it back with an update (409 when someone saved in between)");

export const categoryResource = z
  .object({
    id,
    name: z.string(),
    need: z.string(),
    jobToBeDone: z.string(),
    description: z.string(),
    digitalSavviness: z.enum(DIGITAL_SAVVINESS),
    size: z.number().int().nullable(),
    weight: z.number(),
    canvasesCount: z.number().int(),
    createdAt: epochMs,
    updatedAt: epochMs,
    version,
  })
  .meta({ id: "Category", description: "A need-based customer category." });

export const canvasResource = z
  .object({
    id,
    categoryId: id,
    categoryName: z.string(),
    title: z.string(),
    outcomeStatement: z.string(),
    context: z.string(),
    expectations: z.string(),
    painPoints: z.string(),
    notes: z.string(),
    status: z.enum(CANVAS_STATUSES),
    createdAt: epochMs,
    updatedAt: epochMs,
    version,
  })
  .meta({ id: "Canvas", description: "A Successful Customer Outcome canvas of one category." });

export const momentResource = z
  .object({
    id,
    canvasId: id,
    name: z.string(),
    stage: z.string(),
    journeyType: z.enum(JOURNEY_TYPES),
    channel: z.string(),
    importance: z.number().int().describe("1 to 5"),
    performance: z.number().int().describe("1 to 5"),
    volumePerYear: z.number(),
    costPerInteraction: z.number(),
    position: z.number().int().describe("Order within its canvas"),
    gap: z.number().describe("Importance minus performance"),
    hotSpotScore: z.number(),
    annualCost: z.number().describe("Volume per year × cost per interaction"),
    isHotSpot: z.boolean(),
    createdAt: epochMs,
    updatedAt: epochMs,
    version,
  })
  .meta({ id: "Moment", description: "A moment of truth on a canvas." });

export const measureResource = z
  .object({
    id,
    canvasId: id,
    name: z.string(),
    kind: z.enum(MEASURE_KINDS),
    unit: z.string(),
    direction: z.enum(MEASURE_DIRECTIONS),
    baseline: z.number().nullable(),
    target: z.number().nullable(),
    latest: z.object({ id, date: isoDate, value: z.number(), note: z.string() }).nullable().describe("The newest recorded value"),
    createdAt: epochMs,
    updatedAt: epochMs,
    version,
  })
  .meta({ id: "Measure", description: "An outside-in measure on a canvas, with its latest value." });

export const periodResource = z
  .object({
    id,
    index: z.number().int().describe("What initiatives' startPeriod and pinnedPeriod refer to"),
    label: z.string(),
    startDate: isoDate,
    endDate: isoDate.nullable().describe("The last day as entered; null when the period runs until the next starts"),
    lastDay: isoDate.describe("The period's last day, entered or derived"),
    capacity: z.number().describe("Effort units the period can take"),
    updatedAt: epochMs,
    version,
  })
  .meta({ id: "Period", description: "A planning period with its capacity." });

const estimate = z.object({ low: z.number(), likely: z.number(), high: z.number() }).describe("A yearly three-point estimate");

const initiativeFields = {
  id,
  title: z.string(),
  ownerId: id.nullable(),
  department: z.string(),
  status: z.enum(INITIATIVE_STATUSES),
  costReduction: estimate,
  revenueGrowth: estimate,
  investment: z.number(),
  effort: z.number(),
  durationPeriods: z.number().int(),
  confidence: z.number().describe("0 to 1"),
  startPeriod: z.number().int().nullable(),
  pinnedPeriod: z.number().int().nullable(),
  progress: z.number().int().describe("Percentage delivered"),
  decisionReason: z.string().nullable(),
  createdAt: epochMs,
  updatedAt: epochMs,
  version,
};

const crownScores = z.object({ experience: z.number(), cost: z.number(), revenue: z.number() }).describe("Crown scores, −10 to 10");

export const initiativeSummaryResource = z
  .object({
    ...initiativeFields,
    ownerName: z.string().nullable(),
    score: z
      .object({ rank: z.number().int().nullable(), valueScore: z.number(), crowns: z.number().int(), scores: crownScores })
      .nullable()
      .describe("From the current scorecard; rank is null for done and cancelled work"),
  })
  .meta({ id: "InitiativeSummary", description: "An initiative as listed (without its problem text)." });

export const initiativeResource = z
  .object({ ...initiativeFields, problem: z.string() })
  .meta({ id: "Initiative", description: "An initiative, as created or updated." });

export const initiativeDetailResource = z
  .object({
    ...initiativeFields,
    problem: z.string(),
    effects: z
      .array(z.object({ momentId: id, momentName: z.string(), effect: z.number().int().describe("−3 to +3") }))
      .describe("The moments of truth it improves (+) or harms (−)"),
    dependsOn: z.array(z.object({ id, title: z.string(), status: z.enum(INITIATIVE_STATUSES) })).describe("Its prerequisites"),
  })
  .meta({ id: "InitiativeDetail", description: "An initiative with its effects on moments and its prerequisites." });

const crownPart = z.object({
  score: z.number().describe("The crown score after clamping to −10..10"),
  clamped: z.boolean(),
  weight: z.number().describe("The crown's weight in the model, 0 to 100"),
  part: z.number().describe("confidence × weight × score / 10; the three parts add up to valueScore"),
});

export const scorecardRowResource = z
  .object({
    id,
    rank: z.number().int().nullable(),
    title: z.string(),
    department: z.string(),
    status: z.enum(INITIATIVE_STATUSES),
    scores: crownScores,
    crowns: z.number().int().describe("How many crown scores exceed the model's threshold"),
    tripleCrown: z.boolean(),
    valueScore: z.number(),
    priority: z.number().describe("Value per unit of effort: the ranking measure"),
    netAnnualBenefit: z.number(),
    npv: z.number(),
    paybackYears: z.number().nullable().describe("null when it never pays back"),
    confidence: z.number(),
    effort: z.number(),
    flags: z.object({ harmsExperience: z.boolean(), notLinkedToOutcome: z.boolean() }),
    breakdown: z
      .object({
        experience: crownPart,
        cost: crownPart,
        revenue: crownPart,
        confidence: z.number(),
        benefit: z.number().describe("Σ weight × score / 100"),
        links: z
          .array(
            z.object({
              momentId: id,
              categoryId: id,
              effect: z.number().int(),
              weight: z.number().describe("The moment's gap for a positive effect, importance / 5 for a negative one"),
              categoryFactor: z.number(),
              contribution: z.number().describe("(effect / 3) × weight × categoryFactor"),
            }),
          )
          .describe("Why the experience score is what it is: one entry per moment it affects"),
      })
      .describe("The crown parts and the figures behind them (docs/scoring.md)"),
    sensitivity: z.object({ rankMin: z.number().int().nullable(), rankMax: z.number().int().nullable(), robust: z.boolean().nullable() }),
  })
  .meta({ id: "ScorecardRow", description: "One ranked initiative of the scorecard, open work only, in rank order." });

const plannedInitiative = z.object({
  id,
  title: z.string(),
  rank: z.number().int(),
  status: z.enum(INITIATIVE_STATUSES),
  kind: z.enum(["in_progress", "pinned", "planned"]),
  startPeriod: z.number().int(),
  endPeriod: z.number().int(),
  crowns: z.number().int().describe("How many crown scores exceed the model's threshold"),
  overdue: z.boolean().describe("In progress past its planned last period"),
});

export const roadmapResource = z
  .object({
    currentPeriod: z.number().int().describe("Index of the period containing today (−1 before the plan)"),
    periods: z.array(
      z.object({
        id,
        index: z.number().int(),
        label: z.string(),
        startDate: isoDate,
        lastDay: isoDate,
        capacity: z.number(),
        used: z.number(),
        remaining: z.number(),
        overCapacity: z.boolean(),
        initiatives: z.array(plannedInitiative).describe("Scheduled work running in this period, by rank"),
      }),
    ),
    unscheduled: z
      .array(
        z.object({
          id,
          title: z.string(),
          rank: z.number().int(),
          reason: z.enum(["no_positive_value", "blocked", "no_capacity"]),
          blockedBy: z.array(id).describe("For reason blocked: the prerequisites that hold it back"),
        }),
      )
      .describe("Open work the plan could not place, by rank"),
    totals: z.object({
      valueScheduled: z.number(),
      tripleCrownsScheduled: z.number().int(),
      effortScheduled: z.number(),
      effortUnscheduled: z.number(),
      scheduledCount: z.number().int(),
      unscheduledCount: z.number().int(),
      overCapacityPeriods: z.number().int(),
    }),
  })
  .meta({ id: "Roadmap", description: "The plan per period, within each period's capacity." });
