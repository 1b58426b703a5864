import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { EVIDENCE_KINDS } from "../../server/scoring/outcomes/evidence";
import { INITIATIVE_STATUSES } from "../../server/scoring/types";

export { EVIDENCE_KINDS };
import { idColumn, timestamps, versionColumn } from "./columns";
import { measures, moments } from "./customers";
import { periods } from "./planning";
import { users } from "./users";
import { workspaces } from "./workspaces";
import { ASSUMPTION_KINDS, ASSUMPTION_STATUSES, DECISION_OUTCOMES, COMMENT_ENTITY_TYPES } from "./values";

/** Re-exported: the lists live in ./values, which client code may import without the database layer. */
export { ASSUMPTION_KINDS, ASSUMPTION_STATUSES, DECISION_OUTCOMES, COMMENT_ENTITY_TYPES };

const workspaceRef = () =>
  text("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });

/** A proposed change, with the estimates the engine scores (docs/scoring.md §2). */
export const initiatives = sqliteTable(
  "initiatives",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    title: text("title").notNull(),
    problem: text("problem").notNull().default(""),
    ownerId: text("owner_id").references(() => users.id, { onDelete: "set null" }),
    department: text("department").notNull().default(""),
    status: text("status", { enum: INITIATIVE_STATUSES }).notNull().default("proposed"),
    costLow: real("cost_low").notNull().default(0),
    costLikely: real("cost_likely").notNull().default(0),
    costHigh: real("cost_high").notNull().default(0),
    revenueLow: real("revenue_low").notNull().default(0),
    revenueLikely: real("revenue_likely").notNull().default(0),
    revenueHigh: real("revenue_high").notNull().default(0),
    investment: real("investment").notNull().default(0),
    effort: real("effort").notNull().default(1),
    durationPeriods: integer("duration_periods").notNull().default(1),
    confidence: real("confidence").notNull().default(0.8),
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
export const initiativeEffects = sqliteTable(
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
export const initiativeDependencies = sqliteTable(
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
export const initiativeAssumptions = sqliteTable(
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
    critical: integer("critical", { mode: "boolean" }).notNull().default(false),
    /** What the status rests on; weighs the evidence-based confidence (docs/scoring.md §10). */
    evidence: text("evidence", { enum: EVIDENCE_KINDS }).notNull().default("opinion"),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    index("initiative_assumptions_initiative_idx").on(t.initiativeId),
    index("initiative_assumptions_workspace_idx").on(t.workspaceId),
  ],
);

/**
 * An outside-in measure an initiative expects to move, and by how much:
 * `expectedChange` is in the measure's unit, signed (+8 points, −2 days),
 * expected by the end of `byPeriodId` when given.
 */
export const initiativeMeasures = sqliteTable(
  "initiative_measures",
  {
    workspaceId: workspaceRef(),
    initiativeId: text("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    measureId: text("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    expectedChange: real("expected_change").notNull(),
    byPeriodId: text("by_period_id").references(() => periods.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.measureId] }),
    index("initiative_measures_measure_idx").on(t.measureId),
    index("initiative_measures_by_period_idx").on(t.byPeriodId),
    index("initiative_measures_workspace_idx").on(t.workspaceId),
  ],
);

/**
 * An executive's decision on an initiative (approve, reject, cancel, stop),
 * with the scorecard's figures at that moment, so that after delivery the
 * initiative can say what was expected when it was decided.
 */
export const decisions = sqliteTable(
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
    /** The scoring model version the figures were computed with. */
    modelNumber: integer("model_number").notNull(),
    /** The scorecard's figures at the decision (server/domain/decision/snapshot.ts). */
    figures: text("figures", { mode: "json" }).notNull(),
    decidedAt: integer("decided_at").notNull(),
  },
  (t) => [
    index("decisions_initiative_idx").on(t.initiativeId, t.decidedAt),
    index("decisions_workspace_idx").on(t.workspaceId, t.decidedAt),
    index("decisions_decided_by_idx").on(t.decidedBy),
  ],
);

/** What an initiative actually delivered in one period. */
export const initiativeResults = sqliteTable(
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
    actualCostReduction: real("actual_cost_reduction").notNull().default(0),
    actualRevenueGrowth: real("actual_revenue_growth").notNull().default(0),
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
export const comments = sqliteTable(
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
