// The PostgreSQL tables: the same names as ../sqlite.ts exports (tests/unit/schema-drift.test.ts).
// Only tables here: the dialect-free constants (ROLES, …) stay exported by the SQLite files.
export { users, rateLimits, revokedSessions, accountNotices, accountTokens } from "./users";
export { workspaces, memberships, invitations } from "./workspaces";
export { auditLog } from "./audit";
export { categories, canvases, moments, measures, measureActuals } from "./customers";
export { periods, scoringModels } from "./planning";
export {
  initiatives,
  initiativeEffects,
  initiativeDependencies,
  initiativeAssumptions,
  initiativeResults,
  initiativeMeasures,
  decisions,
  comments,
} from "./initiatives";
export { scenarios, scenarioCapacities, scenarioInitiatives, planAdoptions } from "./scenarios";
export { shareLinks } from "./share";
export { apiTokens } from "./api-tokens";
export { idempotencyKeys } from "./requests";
export { mailOutbox, digestSubscriptions } from "./mail";
export { webhooks, webhookDeliveries } from "./webhooks";
export { workspaceSso, ssoIdentities } from "./sso";
