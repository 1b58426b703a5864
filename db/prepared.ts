import type { Db } from "./client";

const byConnection = new WeakMap<Db, Map<string, unknown>>();

/**
 * One prepared statement per connection and name, built on first use.
 * For the queries every API request runs (membership, cache freshness):
 * Drizzle otherwise rebuilds the SQL and SQLite recompiles the statement on
 * each call, which the request profile showed as a fifth of our own per-request
 * cost (docs/performance.md, API throughput).
 */
export function preparedOnce<T>(db: Db, name: string, build: (db: Db) => T): T {
  let statements = byConnection.get(db);
  if (!statements) {
    statements = new Map();
    byConnection.set(db, statements);
  }
  let statement = statements.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build(db);
    statements.set(name, statement);
  }
  return statement;
}
