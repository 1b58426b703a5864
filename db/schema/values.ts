/**
 * The fixed lists the tables' text columns allow. They live apart from the
 * table definitions so that input schemas shared with the browser (forms
 * validate with the same zod rules as the server) can import them without
 * pulling drizzle, node:crypto and both dialects' tables into client bundles;
 * tests/unit/client-imports.test.ts keeps it that way.
 */
export const ACCOUNT_TOKEN_PURPOSES = ["password-reset", "email-verification"] as const;
/** What a token may do: read acts as a viewer, read_write as an editor (decision 049). */
export const API_TOKEN_SCOPES = ["read", "read_write"] as const;
export const ASSUMPTION_KINDS = ["assumption", "risk"] as const;
export const ASSUMPTION_STATUSES = ["untested", "validated", "invalidated"] as const;
/** The status moves an executive's decision records (server/domain/decision). */
export const DECISION_OUTCOMES = ["approved", "cancelled"] as const;
export const COMMENT_ENTITY_TYPES = ["initiative", "canvas"] as const;
export const ROLES = ["admin", "executive", "editor", "tracker", "viewer"] as const;
/** A forced initiative: the plan must schedule it ("in") or must leave it out ("out"). */
export const SCENARIO_MODES = ["in", "out"] as const;
export const DIGITAL_SAVVINESS = ["low", "medium", "high"] as const;
export const CANVAS_STATUSES = ["draft", "agreed"] as const;
export const JOURNEY_TYPES = ["purchase", "service-planned", "service-unplanned", "delivery", "retail", "other"] as const;
export const MEASURE_KINDS = ["outcome", "output"] as const;
export const MEASURE_DIRECTIONS = ["higher_is_better", "lower_is_better"] as const;
export const MAIL_STATUSES = ["pending", "sent", "failed", "kept"] as const;
export const WEBHOOK_STATES = ["active", "paused"] as const;
export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
