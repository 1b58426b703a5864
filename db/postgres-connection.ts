import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Db } from "./database";
import { registerDatabase } from "./registry";
import * as schema from "./schema/pg";

/**
 * Whole numbers come back from PostgreSQL as text when they may not fit a JS
 * number (int8: count(*), sums; numeric: avg). Ours always fit (epoch
 * milliseconds, row counts), and SQLite returns numbers, so both dialects
 * hand the domain the same values.
 */
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export const DEFAULT_POOL_SIZE = 10;

export function poolSize(): number {
  const n = Number(process.env.DATABASE_POOL_SIZE ?? DEFAULT_POOL_SIZE);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_POOL_SIZE;
}

/**
 * A pool of connections to PostgreSQL. Transactions run at READ COMMITTED;
 * every versioned update checks the version in its own WHERE clause and every
 * write transaction first locks its workspace row (decision 037), so no
 * update is lost without retry loops.
 */
export function openPostgres(url: string, size = poolSize()): Db {
  const pool = new pg.Pool({ connectionString: url, max: size, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server (restart, failover) must not crash the process.
  pool.on("error", () => {});
  const db = drizzle(pool, { schema }) as unknown as Db;
  registerDatabase(db, { dialect: "postgres", file: null, pool, url, close: () => pool.end() });
  return db;
}
