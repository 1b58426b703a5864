import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { idColumn, timestamps, versionColumn } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";
import { DIGITAL_SAVVINESS, CANVAS_STATUSES, JOURNEY_TYPES, MEASURE_KINDS, MEASURE_DIRECTIONS } from "./values";

/** Re-exported: the lists live in ./values, which client code may import without the database layer. */
export { DIGITAL_SAVVINESS, CANVAS_STATUSES, JOURNEY_TYPES, MEASURE_KINDS, MEASURE_DIRECTIONS };

const workspaceRef = () =>
  text("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });

/** Need-based customer category: customers grouped by what they need. */
export const categories = sqliteTable(
  "categories",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    name: text("name").notNull(),
    need: text("need").notNull(),
    jobToBeDone: text("job_to_be_done").notNull().default(""),
    description: text("description").notNull().default(""),
    digitalSavviness: text("digital_savviness", { enum: DIGITAL_SAVVINESS }).notNull().default("medium"),
    size: integer("size"),
    weight: real("weight").notNull().default(1),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index("categories_workspace_idx").on(t.workspaceId)],
);

/** Successful Customer Outcome canvas of one category. */
export const canvases = sqliteTable(
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
export const moments = sqliteTable(
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
    volumePerYear: real("volume_per_year").notNull().default(0),
    costPerInteraction: real("cost_per_interaction").notNull().default(0),
    position: integer("position").notNull().default(0),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index("moments_workspace_idx").on(t.workspaceId), index("moments_canvas_idx").on(t.canvasId, t.position)],
);

/** Outside-in measure on a canvas. */
export const measures = sqliteTable(
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
    baseline: real("baseline"),
    target: real("target"),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index("measures_workspace_idx").on(t.workspaceId), index("measures_canvas_idx").on(t.canvasId)],
);

/** A dated value of a measure. */
export const measureActuals = sqliteTable(
  "measure_actuals",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    measureId: text("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    /** ISO date, YYYY-MM-DD. */
    date: text("date").notNull(),
    value: real("value").notNull(),
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
