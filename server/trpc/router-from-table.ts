import type { TRPCMutationProcedure, TRPCQueryProcedure } from "@trpc/server";
import type { z } from "zod";
import type { Action } from "@/server/domain/permissions";
import { PUBLIC, SIGNED_IN } from "@/server/domain/shared/access";
import { runOnce } from "@/server/domain/shared/idempotency";
import type { AnyProcedure, ProcedureTable } from "@/server/domain/shared/procedure";
import {
  authedCreateProcedure,
  authedProcedure,
  createProcedure,
  publicProcedure,
  router,
  workspaceProcedure,
  type ErrorShape,
  type Meta,
} from "./init";

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type SchemaIn<P extends AnyProcedure> = P["input"] extends z.ZodType ? z.input<P["input"]> : unknown;

/** What the client sends, exactly as the hand-written builders chained it (workspaceId, idempotencyKey, own input). */
type ClientInput<P extends AnyProcedure> = P["access"] extends Action
  ? Simplify<
      { workspaceId: string } & (P["idempotentCreate"] extends true ? { idempotencyKey?: string | undefined } : unknown) & SchemaIn<P>
    >
  : P["input"] extends z.ZodType
    ? Simplify<(P["idempotentCreate"] extends true ? { idempotencyKey?: string | undefined } : unknown) & z.input<P["input"]>>
    : P["idempotentCreate"] extends true
      ? { idempotencyKey?: string | undefined }
      : void;

type Def<P extends AnyProcedure> = { input: ClientInput<P>; output: Awaited<ReturnType<P["handler"]>>; meta: Meta; errorShape: ErrorShape };
type TrpcProcedureOf<P extends AnyProcedure> = P["kind"] extends "query" ? TRPCQueryProcedure<Def<P>> : TRPCMutationProcedure<Def<P>>;
export type RouterRecordOf<T extends ProcedureTable> = { [N in keyof T]: TrpcProcedureOf<T[N]> };

type Resolver = (opts: { ctx: Record<string, unknown>; input: unknown }) => unknown;
type Builder = {
  input(schema: z.ZodType): Builder;
  meta(meta: Meta): Builder;
  query(resolve: Resolver): unknown;
  mutation(resolve: Resolver): unknown;
};

/** The builder for who may call: anyone, any signed-in person, or a member whose role the action admits. */
function baseFor(entry: AnyProcedure): Builder {
  if (entry.access === PUBLIC) {
    if (entry.idempotentCreate) throw new Error(`${entry.name}: a public procedure cannot be an idempotent create`);
    return publicProcedure as unknown as Builder;
  }
  if (entry.access === SIGNED_IN) return (entry.idempotentCreate ? authedCreateProcedure : authedProcedure) as unknown as Builder;
  // The action goes on the procedure's meta; workspaceProcedure checks it before the input is parsed.
  return ((entry.idempotentCreate ? createProcedure : workspaceProcedure) as unknown as Builder).meta({ action: entry.access });
}

function toTrpc(entry: AnyProcedure): unknown {
  let builder = baseFor(entry);
  if (entry.input) builder = builder.input(entry.input);
  // A procedure without its own schema gets no input (only workspaceProcedure's workspaceId, already on ctx).
  const call = (ctx: Record<string, unknown>, input: unknown) =>
    Promise.resolve((entry.handler as (c: unknown, i: unknown) => unknown)(ctx, entry.input ? input : undefined));
  const resolve: Resolver = entry.idempotentCreate
    ? async ({ ctx, input }) =>
        await runOnce(ctx.db as Parameters<typeof runOnce>[0], ctx.userId as string, ctx.idempotency as Parameters<typeof runOnce>[2], () =>
          call(ctx, input),
        )
    : ({ ctx, input }) => call(ctx, input);
  return entry.kind === "query" ? builder.query(resolve) : builder.mutation(resolve);
}

/**
 * The tRPC router of one entity, derived from its procedure table: paths,
 * inputs and outputs are the table's, the permission check is the table's
 * action, checked once in workspaceProcedure.
 */
export function routerFromTable<const T extends ProcedureTable>(table: T) {
  const record: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(table)) record[name] = toTrpc(entry);
  return router(record as RouterRecordOf<T>);
}

/** The app router: one sub-router per entity table, under its router key. */
export function routerFromTables<const T extends Readonly<Record<string, ProcedureTable>>>(tables: T) {
  const record: Record<string, unknown> = {};
  for (const [key, table] of Object.entries(tables)) record[key] = routerFromTable(table);
  return router(record as { [K in keyof T]: ReturnType<typeof routerFromTable<T[K]>> });
}
