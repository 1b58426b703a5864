import { boolean, doublePrecision, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { epochMs, idColumn, timestamps, versionColumn } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

// PostgreSQL twin of ../planning.ts: keep the two in step (tests/unit/schema-drift.test.ts).

const workspaceRef = () =>
  text("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });

/** A planning period (usually a quarter) with its capacity in effort units. */
export const periods = pgTable(
  "periods",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    label: text("label").notNull(),
    /** ISO date, YYYY-MM-DD, kept as text like SQLite. Periods are ordered by it. */
    startDate: text("start_date").notNull(),
    /** ISO date, the period's last day (inclusive), optional (decision 022). */
    endDate: text("end_date"),
    capacity: doublePrecision("capacity").notNull().default(0),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index("periods_workspace_idx").on(t.workspaceId, t.startDate)],
);

/** The scoring model; every change is a new row, the highest number is current. */
export const scoringModels = pgTable(
  "scoring_models",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    number: integer("number").notNull(),
    weightExperience: doublePrecision("weight_experience").notNull(),
    weightCost: doublePrecision("weight_cost").notNull(),
    weightRevenue: doublePrecision("weight_revenue").notNull(),
    materialCost: doublePrecision("material_cost").notNull(),
    materialRevenue: doublePrecision("material_revenue").notNull(),
    revenueMargin: doublePrecision("revenue_margin").notNull(),
    discountRate: doublePrecision("discount_rate").notNull(),
    horizonYears: integer("horizon_years").notNull(),
    crownThreshold: doublePrecision("crown_threshold").notNull().default(0.5),
    /** Confidence from the initiative\'s assumptions and their evidence where it has any (docs/scoring.md §10). */
    confidenceFromEvidence: boolean("confidence_from_evidence").notNull().default(false),
    note: text("note").notNull().default(""),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: epochMs("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("scoring_models_workspace_number_unique").on(t.workspaceId, t.number),
    index("scoring_models_created_by_idx").on(t.createdBy),
  ],
);
