import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import { ValidationError } from "@/server/domain/errors";
import { requireRole, type Action } from "@/server/domain/permissions";
import { IDEMPOTENCY_KEY, type Idempotency } from "@/server/domain/shared/idempotency";
import { findBadText } from "@/server/domain/shared/text";
import { membershipRole } from "@/server/domain/member/membership-role";
import type { Context } from "./context";
import { domainCause, fieldErrorsOf, isZodError, toTRPCError, zodMessage } from "./errors";
import { labelsForPath } from "./field-labels";
import { logger } from "@/server/log";

/** Each workspace procedure names the action of the permission table it performs. */
export type Meta = { action?: Action };

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const isInternal = error.code === "INTERNAL_SERVER_ERROR";
      const message = isInternal
        ? "Something went wrong on our side. Please try again; if it keeps happening, tell your admin."
        : isZodError(error.cause)
          ? zodMessage(error.cause, labelsForPath(shape.data.path))
          : shape.message;
      const domain = domainCause(error);
      const conflict = domain?.code === "CONFLICT" ? (domain.details ?? null) : null;
      return {
        ...shape,
        message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          fieldErrors: fieldErrorsOf(error),
          conflict,
        },
      };
    },
  });

/** The shape of every error answer (errorFormatter above); derived procedures are typed with it. */
export type ErrorShape = (typeof t)["_config"]["$types"]["errorShape"];

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Maps typed domain errors to tRPC codes; logs the unexpected ones. */
const mapErrors = t.middleware(async ({ next, path, ctx }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause ?? result.error);
    if (mapped && mapped !== result.error) throw mapped;
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      logger.error({ err: result.error.cause ?? result.error, path, requestId: ctx.requestId }, "unexpected error");
    }
  }
  return result;
});

/**
 * One text rule for every input of every procedure (forms, imports, share
 * links): a string that cannot be stored faithfully is refused before any
 * procedure sees it, with the field named, so nothing is changed.
 */
const wellFormedText = t.middleware(async ({ getRawInput, next }) => {
  const bad = findBadText(await getRawInput());
  if (bad) {
    const field = bad.path || "input";
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `${field}: ${bad.problem}. Remove it and try again.`,
      cause: new ValidationError(`${field}: ${bad.problem}`, { [field]: [`This text ${bad.problem}. Remove it and try again.`] }),
    });
  }
  return next();
});

export const publicProcedure = t.procedure.use(mapErrors).use(wellFormedText);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  return next({ ctx: { ...ctx, userId: ctx.userId } });
});

export const workspaceInput = z.object({ workspaceId: z.string().min(1).max(64) });

/**
 * Looks the membership up once per request and narrows the context to a
 * non-null workspaceId and role. A workspace you do not belong to is
 * NOT_FOUND: no sign that it exists. Then checks the procedure's action
 * (`meta.action`, set from its entity's table by router-from-table.ts)
 * against the permission table: the one permission check, made before the
 * procedure's own input is parsed, so a role that may not act learns nothing
 * from validation messages.
 */
export const workspaceProcedure = authedProcedure.input(workspaceInput).use(async ({ ctx, input, meta, path, next }) => {
  const role = await membershipRole(ctx.db, input.workspaceId, ctx.userId);
  if (!role) throw new TRPCError({ code: "NOT_FOUND", message: "Workspace not found" });
  // A programming error, not the caller's: every table entry names its action.
  if (!meta?.action) throw new Error(`${path} declares no permission action`);
  requireRole(role, meta.action);
  return next({ ctx: { ...ctx, workspaceId: input.workspaceId, role } });
});

/**
 * Create procedures take an optional `idempotencyKey` (merged into their
 * input) and put it on the context; the handler wraps its domain call in
 * `runOnce`, so a retried create returns the first answer, not a second row.
 */
const idempotencyInput = z.object({
  idempotencyKey: z.string().regex(IDEMPOTENCY_KEY, "idempotencyKey: 8 to 100 letters, digits, - or _ (a UUID works)").optional(),
});
const withIdempotency = <T extends { idempotencyKey?: string | undefined }>(input: T, path: string): Idempotency =>
  input.idempotencyKey ? { key: input.idempotencyKey, scope: path } : null;

export const createProcedure = workspaceProcedure
  .input(idempotencyInput)
  .use(({ input, path, next }) => next({ ctx: { idempotency: withIdempotency(input, path) } }));
export const authedCreateProcedure = authedProcedure
  .input(idempotencyInput)
  .use(({ input, path, next }) => next({ ctx: { idempotency: withIdempotency(input, path) } }));
