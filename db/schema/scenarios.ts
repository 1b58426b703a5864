import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { idColumn, timestamps, versionColumn } from "./columns";
import { initiatives } from "./initiatives";
import { periods } from "./planning";
import { users } from "./users";
import { workspaces } from "./workspaces";
import { SCENARIO_MODES } from "./values";

/** Re-exported: the lists live in ./values, which client code may import without the database layer. */
export { SCENARIO_MODES };

export type ScenarioMode = (typeof SCENARIO_MODES)[number];

/**
 * A named set of changes to a plan's inputs (docs/scoring.md, the optimal
 * plan's scenarios): capacities per period, initiatives forced in or out,
 * and the scoring model version it is scored with.
 */
export const scenarios = sqliteTable(
  "scenarios",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** A scoring model version of the workspace; null: whichever model is current when the plan is made. */
    scoringModelNumber: integer("scoring_model_number"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [uniqueIndex("scenarios_workspace_name_unique").on(t.workspaceId, t.name), index("scenarios_created_by_idx").on(t.createdBy)],
);

/** A scenario's capacity for one period, in place of the period's own. */
export const scenarioCapacities = sqliteTable(
  "scenario_capacities",
  {
    scenarioId: text("scenario_id")
      .notNull()
      .references(() => scenarios.id, { onDelete: "cascade" }),
    periodId: text("period_id")
      .notNull()
      .references(() => periods.id, { onDelete: "cascade" }),
    capacity: real("capacity").notNull(),
  },
  (t) => [primaryKey({ columns: [t.scenarioId, t.periodId] }), index("scenario_capacities_period_idx").on(t.periodId)],
);

/** An initiative a scenario forces into the plan or out of it. */
export const scenarioInitiatives = sqliteTable(
  "scenario_initiatives",
  {
    scenarioId: text("scenario_id")
      .notNull()
      .references(() => scenarios.id, { onDelete: "cascade" }),
    initiativeId: text("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    mode: text("mode", { enum: SCENARIO_MODES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scenarioId, t.initiativeId] }), index("scenario_initiatives_initiative_idx").on(t.initiativeId)],
);

/**
 * An adopted optimal plan: the pins it set (`changes`, JSON), so it can be
 * undone. Written and read by the plan domain (server/domain/plan).
 */
export const planAdoptions = sqliteTable(
  "plan_adoptions",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at").notNull(),
    undoneAt: integer("undone_at"),
    undoneBy: text("undone_by").references(() => users.id, { onDelete: "set null" }),
    summary: text("summary").notNull().default(""),
    changes: text("changes", { mode: "json" }).notNull(),
  },
  (t) => [
    index("plan_adoptions_workspace_idx").on(t.workspaceId, t.createdAt),
    index("plan_adoptions_created_by_idx").on(t.createdBy),
    index("plan_adoptions_undone_by_idx").on(t.undoneBy),
  ],
);
