import type { SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import type * as schema from "./schema/sqlite";

/**
 * The database the domain is written against, once for both dialects: typed
 * as Drizzle's async SQLite database over the SQLite tables. On PostgreSQL the
 * object is Drizzle's node-postgres database over the PostgreSQL tables, which
 * build the same queries and return rows of the same shape (decisions 036,
 * 037). Only what both share is used: `await query` (rows), `.returning()`,
 * `transaction(async (tx) => …)`; never `.get()`, `.all()`, `.run()` (SQLite
 * only; ESLint refuses them outside db/).
 */
export type Db = SqliteRemoteDatabase<typeof schema>;

/** The handle inside a transaction. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

/** The one row an `insert … returning()` gives back (both dialects return it as an array). */
export async function insertedRow<T>(query: PromiseLike<T[]>): Promise<T> {
  const [row] = await query;
  if (row === undefined) throw new Error("The insert returned no row.");
  return row;
}
