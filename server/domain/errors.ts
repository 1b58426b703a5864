/**
 * Typed domain errors. Domain code throws these; server/trpc/errors.ts maps
 * them to tRPC codes in one place, so routers never translate errors.
 */
export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The row does not exist, or exists in another workspace (we never say which). */
export class NotFoundError extends DomainError {
  constructor(entity: string) {
    super(`${entity} not found`);
  }
}

export class ForbiddenError extends DomainError {}

/** A stale version, a duplicate, or a rule about the current state of the data. */
export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Input that passed the schema but breaks a rule that needs the data to check. */
export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

export class TooManyRequestsError extends DomainError {}
