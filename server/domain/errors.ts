/**
 * Typed domain errors. Domain code throws these; server/trpc/errors.ts maps
 * them to tRPC codes in one place, so routers never translate errors.
 *
 * The mapping reads `code`, never the class: Next bundles server code into
 * several chunks, and a class defined in one chunk is a different object in
 * another, so `instanceof` silently fails across that boundary (a busy
 * simulation answered 500 instead of 429 that way). Every domain error
 * carries a stable code and the `domainError` brand; `isDomainError` checks
 * both, so an error made by another copy of this module maps the same.
 */
const DOMAIN_ERROR_CODES = ["NOT_FOUND", "FORBIDDEN", "CONFLICT", "INVALID", "TOO_MANY_REQUESTS", "TIMEOUT", "UNAVAILABLE"] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  readonly domainError = true as const;
  readonly code: DomainErrorCode = "INVALID";
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The row does not exist, or exists in another workspace (we never say which). */
export class NotFoundError extends DomainError {
  override readonly code = "NOT_FOUND";
  constructor(entity: string) {
    super(`${entity} not found`);
  }
}

export class ForbiddenError extends DomainError {
  override readonly code = "FORBIDDEN";
}

/** One field two people changed in a field-level update (decision 018): both values, who changed it and when. */
export type ClashingField = { field: string; label: string; yours: unknown; theirs: unknown; changedBy: string; changedAt: number | null };

/** A write from a version someone else has moved on from; a field-level update names the fields that clash. */
export type StaleVersion = { currentVersion: number; changedBy: string; changedAt: number | null; fields?: ClashingField[] };
/** A delete that would take other rows with it: what would go; the client asks, then sends `confirm: true`. */
type NeedsConfirm = {
  needsConfirm: true;
  canvases?: number;
  moments?: number;
  measures?: number;
  effectLinks?: number;
  results?: number;
  dependents?: string[];
};
/** A result recorded again for a period that has one: the one to change instead. */
type ResultExists = { currentVersion: number; resultId: string };

/** What a CONFLICT tells the client besides its message (the error's `data.conflict`, server/trpc/init.ts). */
type ConflictDetails = StaleVersion | NeedsConfirm | ResultExists;

/** A stale version, a duplicate, or a rule about the current state of the data. */
export class ConflictError extends DomainError {
  override readonly code = "CONFLICT";
  constructor(
    message: string,
    readonly details?: ConflictDetails,
  ) {
    super(message);
  }
}

/** Input that passed the schema but breaks a rule that needs the data to check. */
export class ValidationError extends DomainError {
  override readonly code = "INVALID";
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

/** A limit or a full queue; `retryAfterSeconds` becomes the Retry-After header. */
export class TooManyRequestsError extends DomainError {
  override readonly code = "TOO_MANY_REQUESTS";
  constructor(
    message: string,
    readonly retryAfterSeconds = 5,
  ) {
    super(message);
  }
}

/** Work that ran past its time budget and was stopped. */
export class TimeoutError extends DomainError {
  override readonly code = "TIMEOUT";
}

/** Something the installation lacks (Chromium for PDFs, say): not the caller's fault. */
export class UnavailableError extends DomainError {
  override readonly code = "UNAVAILABLE";
}

/** The shape every domain error has, whichever copy of this module made it. */
export type DomainErrorLike = Error & {
  domainError: true;
  code: DomainErrorCode;
  details?: ConflictDetails;
  fieldErrors?: Record<string, string[]>;
  retryAfterSeconds?: number;
};

export function isDomainError(error: unknown): error is DomainErrorLike {
  if (!(error instanceof Error) && (typeof error !== "object" || error === null)) return false;
  const e = error as Partial<DomainErrorLike>;
  return e.domainError === true && typeof e.code === "string" && (DOMAIN_ERROR_CODES as readonly string[]).includes(e.code);
}
