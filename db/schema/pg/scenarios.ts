import { doublePrecision, index, integer, json, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { SCENARIO_MODES } from "../values";
import { epochMs, idColumn, timestamps, versionColumn } from "./columns";
import { initiatives } from "./initiatives";
import { periods } from "./planning";
import { users } from "./users";
import { workspaces } from "./workspaces";

// PostgreSQL twin of ../scenarios.ts: keep the two in step (tests/unit/schema-drift.test.ts).

/** A named set of changes to a plan's inputs: capacities, forced initiatives, a scoring model version. */
export const scenarios = pgTable(
  "scenarios",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    scoringModelNumber: integer("scoring_model_number"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [uniqueIndex("scenarios_workspace_name_unique").on(t.workspaceId, t.name), index("scenarios_created_by_idx").on(t.createdBy)],
);

/** A scenario's capacity for one period, in place of the period's own. */
export const scenarioCapacities = pgTable(
  "scenario_capacities",
  {
    scenarioId: text("scenario_id")
      .notNull()
      .references(() => scenarios.id, { onDelete: "cascade" }),
    periodId: text("period_id")
      .notNull()
      .references(() => periods.id, { onDelete: "cascade" }),
    capacity: doublePrecision("capacity").notNull(),
  },
  (t) => [primaryKey({ columns: [t.scenarioId, t.periodId] }), index("scenario_capacities_period_idx").on(t.periodId)],
);

/** An initiative a scenario forces into the plan or out of it. */
export const scenarioInitiatives = pgTable(
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

/** An adopted optimal plan: the pins it set (`changes`, JSON), so it can be undone. */
export const planAdoptions = pgTable(
  "plan_adoptions",
  {
    id: idColumn(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: epochMs("created_at").notNull(),
    undoneAt: epochMs("undone_at"),
    undoneBy: text("undone_by").references(() => users.id, { onDelete: "set null" }),
    summary: text("summary").notNull().default(""),
    changes: json("changes").notNull(),
  },
  (t) => [
    index("plan_adoptions_workspace_idx").on(t.workspaceId, t.createdAt),
    index("plan_adoptions_created_by_idx").on(t.createdBy),
    index("plan_adoptions_undone_by_idx").on(t.undoneBy),
  ],
);
