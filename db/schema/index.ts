/**
 * The tables of this process's database, chosen once from the environment:
 * the PostgreSQL tables when DATABASE_URL names PostgreSQL, else the SQLite
 * ones. Both have the same names, columns and row types (decision 036), so
 * the domain, typed against the SQLite tables, builds its queries with
 * whichever is active. Constants and types (ROLES, Role, …) are the SQLite
 * files', which hold no dialect.
 */
import { activeDialect } from "../dialect";
import * as pg from "./pg";
import * as sqlite from "./sqlite";

export * from "./sqlite";

const active = (activeDialect() === "postgres" ? pg : sqlite) as unknown as typeof sqlite;

export const {
  users,
  rateLimits,
  revokedSessions,
  accountNotices,
  workspaces,
  memberships,
  invitations,
  auditLog,
  categories,
  canvases,
  moments,
  measures,
  measureActuals,
  periods,
  scoringModels,
  initiatives,
  initiativeEffects,
  initiativeDependencies,
  initiativeAssumptions,
  initiativeResults,
  initiativeMeasures,
  decisions,
  comments,
  scenarios,
  scenarioCapacities,
  scenarioInitiatives,
  planAdoptions,
  shareLinks,
  apiTokens,
  idempotencyKeys,
  accountTokens,
  mailOutbox,
  digestSubscriptions,
  webhooks,
  webhookDeliveries,
  workspaceSso,
  ssoIdentities,
} = active;
