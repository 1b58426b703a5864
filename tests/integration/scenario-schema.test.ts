// The scenario tables (issue 19): every foreign key can be followed by an
// index, so a cascade from a period, an initiative, a user or a workspace
// never scans a whole table. Both dialects describe the same indexes
// (tests/unit/schema-drift.test.ts), so the SQLite description is checked.
import { describe, expect, it } from "vitest";
import { describeSqliteSchema } from "@/db/schema/drift";
import * as sqlite from "@/db/schema/sqlite";

const schema = describeSqliteSchema(sqlite);
const TABLES = ["scenarios", "scenarioCapacities", "scenarioInitiatives", "planAdoptions"];

/** Column lists an index, a primary key or a unique constraint starts with. */
function indexedPrefixes(name: string): string[][] {
  const t = schema[name]!;
  return [
    ...t.indexes.map((i) => i.columns),
    ...t.primaryKeys,
    ...t.uniqueConstraints.map((u) => u.columns),
    ...t.columns.filter((c) => c.primary || c.unique).map((c) => [c.name]),
  ];
}

describe("the scenario tables", () => {
  it("exist with the foreign keys the brief names", () => {
    const fks = Object.fromEntries(
      TABLES.map((name) => [name, schema[name]!.foreignKeys.map((fk) => `${fk.columns.join()}→${fk.foreignTable} ${fk.onDelete}`).sort()]),
    );
    expect(fks).toEqual({
      scenarios: ["created_by→users set null", "workspace_id→workspaces cascade"],
      scenarioCapacities: ["period_id→periods cascade", "scenario_id→scenarios cascade"],
      scenarioInitiatives: ["initiative_id→initiatives cascade", "scenario_id→scenarios cascade"],
      planAdoptions: ["created_by→users set null", "undone_by→users set null", "workspace_id→workspaces cascade"],
    });
  });

  it.each(TABLES)("%s: every foreign key leads an index", (name) => {
    const prefixes = indexedPrefixes(name);
    for (const fk of schema[name]!.foreignKeys) {
      const covered = prefixes.some((cols) => fk.columns.every((c, k) => cols[k] === c));
      expect(covered, `${name}(${fk.columns.join()})`).toBe(true);
    }
  });

  it("keeps one name per scenario in a workspace, one capacity per period and one mode per initiative", () => {
    expect(schema.scenarios!.indexes.filter((i) => i.unique).map((i) => i.columns)).toEqual([["workspace_id", "name"]]);
    expect(schema.scenarioCapacities!.primaryKeys).toEqual([["scenario_id", "period_id"]]);
    expect(schema.scenarioInitiatives!.primaryKeys).toEqual([["scenario_id", "initiative_id"]]);
  });
});
