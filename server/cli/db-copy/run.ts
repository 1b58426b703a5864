import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import path from "node:path";
import type { PoolClient } from "pg";
import { closeDatabase, openDatabase } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { databaseInfo } from "@/db/registry";
import { checkSqliteMigrations, CopyRefusedError } from "./checks";
import { copyTablesInto, type CopiedTable, type CopyOptions } from "./copy";
import { copyTables } from "./tables";
import { verifyCopy, type TableCheck } from "./verify";

export type DbCopyOptions = CopyOptions & {
  /** The SQLite file to copy from (opened read-only). */
  from: string;
  /** The PostgreSQL URL to copy into. */
  to: string;
  sqliteMigrations?: string;
  /** Runs after the rows are in, before they are checked (tests use it to spoil a row). */
  beforeVerify?: (client: PoolClient) => Promise<void>;
};

export type DbCopyResult = { copied: CopiedTable[]; checks: TableCheck[]; ok: boolean };

const SQLITE_MIGRATIONS = () => path.resolve(process.env.MIGRATIONS_DIR ?? "drizzle");

/**
 * Copies a whole SQLite installation into an empty PostgreSQL database, in
 * one PostgreSQL transaction that commits only when every table's row count
 * and checksum match: otherwise (and on any error) it rolls back and the
 * target stays empty. The SQLite side is read in one read transaction, so
 * the copy and its check see the same snapshot.
 */
export async function runDbCopy(options: DbCopyOptions): Promise<DbCopyResult> {
  if (!existsSync(options.from)) throw new CopyRefusedError(`There is no SQLite file at ${options.from}.`);
  const sqlite = new Database(options.from, { readonly: true, fileMustExist: true });
  try {
    checkSqliteMigrations(sqlite, options.sqliteMigrations ?? SQLITE_MIGRATIONS());
    const db = openDatabase(options.to);
    try {
      await applyMigrations(db);
      const client = await databaseInfo(db).pool!.connect();
      const tables = copyTables();
      sqlite.exec("begin");
      try {
        await client.query("begin");
        const copied = await copyTablesInto(sqlite, client, tables, options);
        await options.beforeVerify?.(client);
        const checks = await verifyCopy(sqlite, client, tables);
        const ok = checks.every((c) => c.ok);
        await client.query(ok ? "commit" : "rollback");
        return { copied, checks, ok };
      } catch (error) {
        await client.query("rollback").catch(() => {});
        throw error;
      } finally {
        sqlite.exec("rollback");
        client.release();
      }
    } finally {
      await closeDatabase(db);
    }
  } finally {
    sqlite.close();
  }
}
