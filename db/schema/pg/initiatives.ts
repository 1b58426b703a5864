import { boolean, doublePrecision, index, integer, json, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { INITIATIVE_STATUSES } from "../../../server/scoring/types";
import { EVIDENCE_KINDS } from "../../../server/scoring/outcomes/evidence";
import { ASSUMPTION_KINDS, ASSUMPTION_STATUSES, COMMENT_ENTITY_TYPES, DECISION_OUTCOMES } from "../values";
import { epochMs, idColumn, timestamps, versionColumn } from "./columns";
import { measures, moments } from "./customers";
import { periods } from "./planning";
import { users } from "./users";
import { workspaces } from "./workspaces";

// PostgreSQL twin of ../initiatives.ts: keep the two in step (tests/unit/schema-drift.test.ts).

const workspaceRef = () =>
  text("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });

/** A proposed change, with the estimates the engine scores (docs/scoring.md §2). */
export const initiatives = pgTable(
  "initiatives",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    title: text("title").notNull(),
    problem: text("problem").notNull().default(""),
    ownerId: text("owner_id").references(() => users.id, { onDelete: "set null" }),
    department: text("department").notNull().default(""),
    status: text("status", { enum: INITIATIVE_STATUSES }).notNull().default("proposed"),
    costLow: doublePrecision("cost_low").notNull().default(0),
    costLikely: doublePrecision("cost_likely").notNull().default(0),
    costHigh: doublePrecision("cost_high").notNull().default(0),
    revenueLow: doublePrecision("revenue_low").notNull().default(0),
    revenueLikely: doublePrecision("revenue_likely").notNull().default(0),
    revenueHigh: doublePrecision("revenue_high").notNull().default(0),
    investment: doublePrecision("investment").notNull().default(0),
    effort: doublePrecision("effort").notNull().default(1),
    durationPeriods: integer("duration_periods").notNull().default(1),
    confidence: doublePrecision("confidence").notNull().default(0.8),
    /** Index of the period it started in (negative = before the plan's first period). */
    startPeriod: integer("start_period"),
    /** Index of the period a person committed it to start in (approved only). */
    pinnedPeriod: integer("pinned_period"),
    /** Percentage delivered, kept by the team. */
    progress: integer("progress").notNull().default(0),
    /** Why an executive approved or rejected it. */
    decisionReason: text("decision_reason"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    index("initiatives_workspace_idx").on(t.workspaceId, t.status),
    index("initiatives_owner_idx").on(t.ownerId),
    index("initiatives_created_by_idx").on(t.createdBy),
  ],
);

/** How an initiative improves (+) or harms (−) a moment of truth, −3..+3. */
export const initiativeEffects = pgTable(
  "initiative_effects",
  {
    workspaceId: workspaceRef(),
    initiativeId: text("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    momentId: text("moment_id")
      .notNull()
      .references(() => moments.id, { onDelete: "cascade" }),
    effect: integer("effect").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.momentId] }),
    index("initiative_effects_moment_idx").on(t.momentId),
    index("initiative_effects_workspace_idx").on(t.workspaceId),
  ],
);

/** initiativeId depends on dependsOnId (a prerequisite). */
export const initiativeDependencies = pgTable(
  "initiative_dependencies",
  {
    workspaceId: workspaceRef(),
    initiativeId: text("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    dependsOnId: text("depends_on_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.dependsOnId] }),
    index("initiative_dependencies_depends_on_idx").on(t.dependsOnId),
    index("initiative_dependencies_workspace_idx").on(t.workspaceId),
  ],
);

/** Assumptions and risks, each to be tested. */
export const initiativeAssumptions = pgTable(
  "initiative_assumptions",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    initiativeId: text("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ASSUMPTION_KINDS }).notNull(),
    text: text("text").notNull(),
    status: text("status", { enum: ASSUMPTION_STATUSES }).notNull().default("untested"),
    critical: boolean("critical").notNull().default(false),
    evidence: text("evidence", { enum: EVIDENCE_KINDS }).notNull().default("opinion"),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    index("initiative_assumptions_initiative_idx").on(t.initiativeId),
    index("initiative_assumptions_workspace_idx").on(t.workspaceId),
  ],
);

/** An outside-in measure an initiative expects to move, and by how much. */
export const initiativeMeasures = pgTable(
  "initiative_measures",
  {
    workspaceId: workspaceRef(),
    initiativeId: text("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    measureId: text("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    expectedChange: doublePrecision("expected_change").notNull(),
    byPeriodId: text("by_period_id").references(() => periods.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.measureId] }),
    index("initiative_measures_measure_idx").on(t.measureId),
    index("initiative_measures_by_period_idx").on(t.byPeriodId),
    index("initiative_measures_workspace_idx").on(t.workspaceId),
  ],
);

/** An executive's decision on an initiative, with the scorecard's figures at that moment. */
export const decisions = pgTable(
  "decisions",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    initiativeId: text("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    fromStatus: text("from_status", { enum: INITIATIVE_STATUSES }).notNull(),
    outcome: text("outcome", { enum: DECISION_OUTCOMES }).notNull(),
    reason: text("reason").notNull().default(""),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    modelNumber: integer("model_number").notNull(),
    figures: json("figures").notNull(),
    decidedAt: epochMs("decided_at").notNull(),
  },
  (t) => [
    index("decisions_initiative_idx").on(t.initiativeId, t.decidedAt),
    index("decisions_workspace_idx").on(t.workspaceId, t.decidedAt),
    index("decisions_decided_by_idx").on(t.decidedBy),
  ],
);

/** What an initiative actually delivered in one period. */
export const initiativeResults = pgTable(
  "initiative_results",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    initiativeId: text("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    periodId: text("period_id")
      .notNull()
      .references(() => periods.id, { onDelete: "cascade" }),
    actualCostReduction: doublePrecision("actual_cost_reduction").notNull().default(0),
    actualRevenueGrowth: doublePrecision("actual_revenue_growth").notNull().default(0),
    note: text("note").notNull().default(""),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    uniqueIndex("initiative_results_initiative_period_unique").on(t.initiativeId, t.periodId),
    index("initiative_results_period_idx").on(t.periodId),
    index("initiative_results_workspace_idx").on(t.workspaceId),
  ],
);

/** Comments on an initiative or a canvas. */
export const comments = pgTable(
  "comments",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    entityType: text("entity_type", { enum: COMMENT_ENTITY_TYPES }).notNull(),
    entityId: text("entity_id").notNull(),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    ...timestamps(),
  },
  (t) => [index("comments_entity_idx").on(t.workspaceId, t.entityType, t.entityId), index("comments_author_idx").on(t.authorId)],
);
