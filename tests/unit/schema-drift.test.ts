import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { InferInsertModel, InferSelectModel, Table } from "drizzle-orm";
import { bigint, getTableConfig, PgTable, pgTable, real as pgReal, text as pgText } from "drizzle-orm/pg-core";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { describe, expect, expectTypeOf, it } from "vitest";
import pgConfig from "@/db/drizzle.pg.config";
import { describePgSchema, describeSqliteSchema, diffSchemas, type SchemaDescription, type TableDescription } from "@/db/schema/drift";
import * as pg from "@/db/schema/pg";
import * as sqlite from "@/db/schema/sqlite";

// Decision 036: the SQLite schema and its PostgreSQL twin must describe the same database.

// Row and insert types by exported table name; Mismatched names the tables whose types differ (whole-object
// comparison is too deep for expectTypeOf, so each table is compared on its own).
type Rows<S> = { [K in keyof S as S[K] extends Table ? K : never]: S[K] extends Table ? InferSelectModel<S[K]> : never };
type Inserts<S> = { [K in keyof S as S[K] extends Table ? K : never]: S[K] extends Table ? InferInsertModel<S[K]> : never };
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Mismatched<A, B> = {
  [K in keyof A | keyof B]: K extends keyof A ? (K extends keyof B ? (Same<A[K], B[K]> extends true ? never : K) : K) : K;
}[keyof A | keyof B];

const sqliteSchema = describeSqliteSchema(sqlite);
const pgSchema = describePgSchema(pg);

describe("the SQLite and PostgreSQL schemas", () => {
  it("export the same tables", () => {
    expect(Object.keys(pgSchema).sort()).toEqual(Object.keys(sqliteSchema).sort());
    // A hand count, so an empty or half-loaded module cannot pass.
    expect(Object.keys(sqliteSchema)).toHaveLength(37);
  });

  it.each(Object.keys(sqliteSchema))("describe %s the same way", (name) => {
    expect(pgSchema[name]).toEqual(sqliteSchema[name]);
  });

  it("have no difference at all", () => {
    expect(diffSchemas(sqliteSchema, pgSchema)).toEqual([]);
  });

  it("read and write rows of the same TypeScript shapes", () => {
    // Checked by the type checker (npx tsc --noEmit): domain code typed against the SQLite tables runs on both.
    expectTypeOf<Mismatched<Rows<typeof pg>, Rows<typeof sqlite>>>().toEqualTypeOf<never>();
    expectTypeOf<Mismatched<Inserts<typeof pg>, Inserts<typeof sqlite>>>().toEqualTypeOf<never>();
    expectTypeOf<InferSelectModel<typeof pg.categories>["size"]>().toEqualTypeOf<number | null>();
  });

  it("keep PostgreSQL's 4-byte integer for small counts only: epoch ms and sizes are bigint", () => {
    const small: string[] = [];
    for (const table of Object.values(pg)) {
      const config = getTableConfig(table as PgTable);
      for (const column of config.columns) if (column.columnType === "PgInteger") small.push(`${config.name}.${column.name}`);
    }
    expect(small.sort()).toEqual([
      "audit_log.base_version",
      "audit_log.version",
      "canvases.version",
      "categories.version",
      "decisions.model_number",
      "initiative_assumptions.version",
      "initiative_effects.effect",
      "initiative_results.version",
      "initiatives.duration_periods",
      "initiatives.pinned_period",
      "initiatives.progress",
      "initiatives.start_period",
      "initiatives.version",
      "mail_outbox.attempts",
      "measures.version",
      "memberships.version",
      "moments.importance",
      "moments.performance",
      "moments.position",
      "moments.version",
      "periods.version",
      "rate_limits.count",
      "scenarios.scoring_model_number",
      "scenarios.version",
      "scoring_models.horizon_years",
      "scoring_models.number",
      "users.session_version",
      "webhook_deliveries.attempts",
      "webhook_deliveries.last_status_code",
      "webhooks.consecutive_failures",
      "workspace_sso.version",
      "workspaces.revision",
      "workspaces.version",
    ]);
  });
});

describe("diffSchemas", () => {
  const copy = (): SchemaDescription => structuredClone(sqliteSchema);
  const table = (schema: SchemaDescription, name: string): TableDescription => {
    const found = schema[name];
    if (!found) throw new Error(`no table ${name}`);
    return found;
  };

  it("reports a dropped column", () => {
    const changed = copy();
    table(changed, "users").columns = table(changed, "users").columns.filter((c) => c.name !== "password_hash");
    expect(diffSchemas(sqliteSchema, changed)).toEqual(["users: column password_hash: only in sqlite"]);
  });

  it("reports a changed type", () => {
    const changed = copy();
    const weight = table(changed, "categories").columns.find((c) => c.name === "weight")!;
    weight.type = "integer";
    expect(diffSchemas(sqliteSchema, changed)).toEqual(['categories: column weight: type "real" in sqlite, "integer" in pg']);
  });

  it("reports a missing index", () => {
    const changed = copy();
    table(changed, "auditLog").indexes = table(changed, "auditLog").indexes.filter((i) => i.name !== "audit_actor_idx");
    expect(diffSchemas(sqliteSchema, changed)).toEqual(["auditLog: index audit_actor_idx: only in sqlite"]);
  });

  it("reports a changed onDelete", () => {
    const changed = copy();
    const owner = table(changed, "initiatives").foreignKeys.find((fk) => fk.columns.join() === "owner_id")!;
    owner.onDelete = "cascade";
    expect(diffSchemas(sqliteSchema, changed)).toEqual([
      'initiatives: foreign key (owner_id): onDelete "set null" in sqlite, "cascade" in pg',
    ]);
  });

  it("reports a table only one side has", () => {
    const changed = copy();
    delete changed.shareLinks;
    expect(diffSchemas(sqliteSchema, changed)).toEqual(["shareLinks: only in sqlite"]);
  });

  it("sees differences in real table definitions, not only in edited descriptions", () => {
    const lite = sqliteTable("things", { id: text("id").primaryKey(), seenAt: integer("seen_at").notNull() });
    const post = pgTable("things", { id: pgText("id").primaryKey(), seenAt: bigint("seen_at", { mode: "number" }) });
    expect(diffSchemas(describeSqliteSchema({ things: lite }), describePgSchema({ things: post }))).toEqual([
      "things: column seen_at: notNull true in sqlite, false in pg",
    ]);
  });

  it("refuses PostgreSQL types that would read back differently from SQLite", () => {
    const fourByteFloat = pgTable("things", { weight: pgReal("weight") });
    expect(() => describePgSchema({ things: fourByteFloat })).toThrow("things.weight: column type PgReal has no place");
    const jsBigint = pgTable("things", { at: bigint("at", { mode: "bigint" }) });
    expect(() => describePgSchema({ things: jsBigint })).toThrow("things.at: column type PgBigInt64 has no place");
  });
});

describe("drizzle-pg/", () => {
  it("holds the migrations of the current PostgreSQL schema (drizzle-kit generate finds nothing to add)", () => {
    // drizzle-kit reads --out relative to its working folder (it prefixes "./"), and exits 0 even when it fails.
    const root = fileURLToPath(new URL("../..", import.meta.url));
    // On a copy, so a stale folder fails the test instead of gaining a migration.
    const out = mkdtempSync(join(tmpdir(), "drizzle-pg-"));
    try {
      cpSync(join(root, pgConfig.out!), out, { recursive: true });
      const before = readdirSync(out, { recursive: true }).sort();
      const flags = [
        "--dialect",
        pgConfig.dialect,
        "--schema",
        String(pgConfig.schema),
        "--casing",
        pgConfig.casing!,
        "--out",
        relative(root, out),
      ];
      const run = spawnSync("node_modules/.bin/drizzle-kit", ["generate", ...flags], { cwd: root, encoding: "utf8" });
      const printed = run.stdout + run.stderr;
      expect(run.status, printed).toBe(0);
      expect(readdirSync(out, { recursive: true }).sort()).toEqual(before);
      expect(printed).toContain("No schema changes");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("the active tables (db/schema/index.ts)", () => {
  it("list every table of both dialects, once", async () => {
    const { TABLE_NAMES } = await import("@/db/schema/table-names");
    const pgTables = await import("@/db/schema/pg");
    expect([...TABLE_NAMES].sort()).toEqual(Object.keys(pgTables).sort());
    expect(new Set(TABLE_NAMES).size).toBe(37);
  });
});
