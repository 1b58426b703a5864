import { bigint, doublePrecision, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { CANVAS_STATUSES, DIGITAL_SAVVINESS, JOURNEY_TYPES, MEASURE_DIRECTIONS, MEASURE_KINDS } from "../values";
import { idColumn, timestamps, versionColumn } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

// PostgreSQL twin of ../customers.ts: keep the two in step (tests/unit/schema-drift.test.ts).

const workspaceRef = () =>
  text("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });

/** Need-based customer category: customers grouped by what they need. */
export const categories = pgTable(
  "categories",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    name: text("name").notNull(),
    need: text("need").notNull(),
    jobToBeDone: text("job_to_be_done").notNull().default(""),
    description: text("description").notNull().default(""),
    digitalSavviness: text("digital_savviness", { enum: DIGITAL_SAVVINESS }).notNull().default("medium"),
    /** A number of customers, accepted up to 10^12: past a PostgreSQL integer. */
    size: bigint("size", { mode: "number" }),
    weight: doublePrecision("weight").notNull().default(1),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index("categories_workspace_idx").on(t.workspaceId)],
);

/** Successful Customer Outcome canvas of one category. */
export const canvases = pgTable(
  "canvases",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    categoryId: text("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    outcomeStatement: text("outcome_statement").notNull().default(""),
    context: text("context").notNull().default(""),
    expectations: text("expectations").notNull().default(""),
    painPoints: text("pain_points").notNull().default(""),
    notes: text("notes").notNull().default(""),
    status: text("status", { enum: CANVAS_STATUSES }).notNull().default("draft"),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [
    index("canvases_workspace_idx").on(t.workspaceId),
    index("canvases_category_idx").on(t.categoryId),
    index("canvases_updated_by_idx").on(t.updatedBy),
  ],
);

/** Moment of truth: an interaction that makes or breaks the outcome. */
export const moments = pgTable(
  "moments",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    canvasId: text("canvas_id")
      .notNull()
      .references(() => canvases.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    stage: text("stage").notNull().default(""),
    journeyType: text("journey_type", { enum: JOURNEY_TYPES }).notNull().default("other"),
    channel: text("channel").notNull().default(""),
    importance: integer("importance").notNull(),
    performance: integer("performance").notNull(),
    volumePerYear: doublePrecision("volume_per_year").notNull().default(0),
    costPerInteraction: doublePrecision("cost_per_interaction").notNull().default(0),
    position: integer("position").notNull().default(0),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index("moments_workspace_idx").on(t.workspaceId), index("moments_canvas_idx").on(t.canvasId, t.position)],
);

/** Outside-in measure on a canvas. */
export const measures = pgTable(
  "measures",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    canvasId: text("canvas_id")
      .notNull()
      .references(() => canvases.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind", { enum: MEASURE_KINDS }).notNull().default("outcome"),
    unit: text("unit").notNull().default(""),
    direction: text("direction", { enum: MEASURE_DIRECTIONS }).notNull().default("higher_is_better"),
    baseline: doublePrecision("baseline"),
    target: doublePrecision("target"),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index("measures_workspace_idx").on(t.workspaceId), index("measures_canvas_idx").on(t.canvasId)],
);

/** A dated value of a measure. */
export const measureActuals = pgTable(
  "measure_actuals",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    measureId: text("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    /** ISO date, YYYY-MM-DD, kept as text like SQLite so it reads back as the same string. */
    date: text("date").notNull(),
    value: doublePrecision("value").notNull(),
    note: text("note").notNull().default(""),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    index("measure_actuals_workspace_idx").on(t.workspaceId),
    index("measure_actuals_measure_idx").on(t.measureId, t.date),
    index("measure_actuals_created_by_idx").on(t.createdBy),
  ],
);
