import { isPostgresUrl } from "../server/cli/database-url.mjs";

/** The two databases the app runs on: embedded SQLite by default, PostgreSQL when DATABASE_URL names one. */
export type Dialect = "sqlite" | "postgres";

export { isPostgresUrl };

/** Decided once per process from the environment: every module sees the same answer. */
export function activeDialect(): Dialect {
  return isPostgresUrl(process.env.DATABASE_URL) ? "postgres" : "sqlite";
}
