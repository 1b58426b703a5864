import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { closeDatabase, openDatabase, type Db } from "@/db/client";
import { activeDialect } from "@/db/dialect";
import { applyMigrations } from "@/db/migrate";
import { createDatabase } from "../support/postgres-cluster";

/** Databases a test file opened on PostgreSQL; all but the newest few are closed, so connections do not pile up. */
const open: Db[] = [];
const KEEP_OPEN = 4;

/**
 * A fresh, empty database built from the committed migrations: in-memory
 * SQLite, or on the PostgreSQL run (tests/vitest.pg.config.ts) a new database
 * copied from the migrated template.
 */
export async function createTestDb(): Promise<Db> {
  if (activeDialect() === "postgres") {
    const url = await createDatabase(
      process.env.TEST_PG_ADMIN_URL!,
      `t_${randomUUID().replaceAll("-", "").slice(0, 16)}`,
      "tc_test_template",
    );
    const db = openDatabase(url);
    open.push(db);
    while (open.length > KEEP_OPEN) await closeDatabase(open.shift()!);
    return db;
  }
  const db = openDatabase(":memory:");
  await applyMigrations(db);
  return db;
}

/** Closes the PostgreSQL pools this test file opened (tests/support/close-test-databases.ts runs it after each file). */
export async function closeTestDatabases(): Promise<void> {
  while (open.length > 0) await closeDatabase(open.shift()!);
}

/**
 * A fresh database another thread can open too (the worker threads get its
 * file or URL): a SQLite file in a temporary folder, or on the PostgreSQL run
 * a test database. `close()` closes it and removes the folder.
 */
export async function createSharedTestDb(): Promise<{ db: Db; close: () => Promise<void> }> {
  if (activeDialect() === "postgres") {
    const db = await createTestDb();
    return { db, close: () => Promise.resolve() };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "tc-shared-"));
  const db = openDatabase(path.join(dir, "tc.db"));
  await applyMigrations(db);
  return {
    db,
    close: async () => {
      await closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
