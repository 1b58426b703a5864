import { isPostgresUrl } from "./database-url.mjs";

/**
 * Whether `npm start` asks for the demo workspace (decision 024). Production
 * mode seeds it only with DEMO=1; the launcher sets that for a newcomer's
 * first start on the embedded default (no DATA_DIR, DATABASE_PATH or
 * PostgreSQL DATABASE_URL of their own, and no database yet), so `npm install
 * && npm start` still signs them in within a minute. An explicit DEMO (1 or 0)
 * always wins.
 * @param {Record<string, string | undefined>} env
 * @param {boolean} databaseExists whether data/triple-crown.db is already there
 */
export function demoWantedOnStart(env, databaseExists) {
  if (env.DEMO !== undefined) return env.DEMO === "1";
  return !env.DATA_DIR && !env.DATABASE_PATH && !isPostgresUrl(env.DATABASE_URL) && !databaseExists;
}
