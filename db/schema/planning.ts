import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { idColumn, timestamps, versionColumn } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

const workspaceRef = () =>
  text("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });

/** A planning period (usually a quarter) with its capacity in effort units. */
export const periods = sqliteTable(
  "periods",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    label: text("label").notNull(),
    /** ISO date, YYYY-MM-DD. Periods are ordered by it. */
    startDate: text("start_date").notNull(),
    /**
     * ISO date, the period's last day (inclusive), optional: without
     * it a period runs until the next one starts, and the last one as long as
     * the one before it (server/domain/period/current.ts, decision 022).
     */
    endDate: text("end_date"),
    capacity: real("capacity").notNull().default(0),
    ...timestamps(),
    version: versionColumn(),
  },
  (t) => [index("periods_workspace_idx").on(t.workspaceId, t.startDate)],
);

/** The scoring model; every change is a new row, the highest number is current. */
export const scoringModels = sqliteTable(
  "scoring_models",
  {
    id: idColumn(),
    workspaceId: workspaceRef(),
    number: integer("number").notNull(),
    weightExperience: real("weight_experience").notNull(),
    weightCost: real("weight_cost").notNull(),
    weightRevenue: real("weight_revenue").notNull(),
    materialCost: real("material_cost").notNull(),
    materialRevenue: real("material_revenue").notNull(),
    revenueMargin: real("revenue_margin").notNull(),
    discountRate: real("discount_rate").notNull(),
    horizonYears: integer("horizon_years").notNull(),
    /** Points a crown score must exceed to count (docs/scoring.md v2); 0 gives v1's "above zero". */
    crownThreshold: real("crown_threshold").notNull().default(0.5),
    /** Confidence from the initiative\'s assumptions and their evidence where it has any (docs/scoring.md §10). */
    confidenceFromEvidence: integer("confidence_from_evidence", { mode: "boolean" }).notNull().default(false),
    note: text("note").notNull().default(""),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("scoring_models_workspace_number_unique").on(t.workspaceId, t.number),
    index("scoring_models_created_by_idx").on(t.createdBy),
  ],
);
