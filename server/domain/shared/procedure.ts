import type { z } from "zod";
import { PUBLIC, SIGNED_IN, type Access, type PermissionTable } from "./access";
import type { AuthedCtx, RequestCtx, WorkspaceCtx } from "./context";

/**
 * One entity's table of procedures: for each, its kind, who may call it (read
 * from the entity's permissions.ts), its input schema and the domain function
 * that answers. The tRPC router is derived from these tables
 * (server/trpc/router-from-table.ts), and the permission is checked there,
 * once, before the input is parsed; the domain functions do not check it again.
 */

export type ProcedureKind = "query" | "mutation";
type Schema = z.ZodType;

/** What a handler receives, by who may call it: workspace procedures get the workspace and the caller's role. */
export type ProcedureCtx<A extends Access> = A extends typeof PUBLIC
  ? RequestCtx
  : A extends typeof SIGNED_IN
    ? AuthedCtx & { ip: string }
    : WorkspaceCtx;

export type ParsedInput<S> = S extends Schema ? z.output<S> : undefined;

export type Procedure<
  A extends Access = Access,
  S extends Schema | undefined = Schema | undefined,
  O = unknown,
  K extends ProcedureKind = ProcedureKind,
  C extends boolean = boolean,
> = {
  /** Its name in the entity's table (the tRPC path is `<router key>.<name>`). */
  readonly name: string;
  readonly kind: K;
  readonly access: A;
  readonly input: S;
  /**
   * A create that takes an optional idempotency key: a retry with the same
   * key answers the first result instead of making a second row.
   */
  readonly idempotentCreate: C;
  // A method, so a table of specific procedures is assignable to a table of any.
  handler(ctx: ProcedureCtx<A>, input: ParsedInput<S>): O;
};

export type AnyProcedure = Procedure;
export type ProcedureTable = Readonly<Record<string, AnyProcedure>>;

type Handler<A extends Access, S extends Schema | undefined, O> = (ctx: ProcedureCtx<A>, input: ParsedInput<S>) => O;

/** Builds one procedure of a table; the name and the access come from the table's key. */
export type ProcedureKit<A extends Access> = {
  query<O>(handler: Handler<A, undefined, O>): Procedure<A, undefined, O, "query", false>;
  query<S extends Schema, O>(input: S, handler: Handler<A, S, O>): Procedure<A, S, O, "query", false>;
  mutation<O>(handler: Handler<A, undefined, O>): Procedure<A, undefined, O, "mutation", false>;
  mutation<S extends Schema, O>(input: S, handler: Handler<A, S, O>): Procedure<A, S, O, "mutation", false>;
  /** A mutation that makes something, safe to retry with an idempotency key. */
  create<S extends Schema, O>(input: S, handler: Handler<A, S, O>): Procedure<A, S, O, "mutation", true>;
};

function kit<A extends Access>(name: string, access: A): ProcedureKit<A> {
  const make =
    (kind: ProcedureKind, idempotentCreate: boolean) =>
    (inputOrHandler: unknown, maybeHandler?: unknown): AnyProcedure => {
      const [input, handler] = maybeHandler === undefined ? [undefined, inputOrHandler] : [inputOrHandler, maybeHandler];
      return { name, kind, access, input: input as Schema | undefined, idempotentCreate, handler: handler as AnyProcedure["handler"] };
    };
  return { query: make("query", false), mutation: make("mutation", false), create: make("mutation", true) } as ProcedureKit<A>;
}

/**
 * The entity's procedures, one per name of its permission table (and no
 * other): `{ list: (p) => p.query(listInput, listThings) }`. The kit given to
 * each entry carries that name's access, so handlers are typed with the right
 * context and the action is written only in permissions.ts.
 */
export function procedureTable<const P extends PermissionTable, T extends { [N in keyof P]: (p: ProcedureKit<P[N]>) => AnyProcedure }>(
  permissions: P,
  build: T & Record<Exclude<keyof T, keyof P>, never>,
): { readonly [N in keyof T]: ReturnType<T[N]> } {
  const missing = Object.keys(permissions).filter((name) => !(name in build));
  const extra = Object.keys(build).filter((name) => !(name in permissions));
  if (missing.length || extra.length) {
    throw new Error(`Procedure table and permissions differ: missing ${missing.join(", ") || "none"}, extra ${extra.join(", ") || "none"}`);
  }
  const table: Record<string, AnyProcedure> = {};
  for (const [name, access] of Object.entries(permissions)) {
    table[name] = (build[name] as (p: ProcedureKit<Access>) => AnyProcedure)(kit(name, access));
  }
  return table as { readonly [N in keyof T]: ReturnType<T[N]> };
}
