import type { AnyTRPCProcedure } from "@trpc/server";
import { z } from "zod";
import { appRouter } from "@/server/trpc/root";
import { workspaceInput, type Meta } from "@/server/trpc/init";

type ProcedureInfo = {
  path: string;
  type: "query" | "mutation" | "subscription";
  meta: Meta | undefined;
  /** Built on workspaceProcedure: membership and permission are checked. */
  inWorkspace: boolean;
  /** Keys the procedure's input objects know about (for fuzzing near-valid input). */
  inputKeys: string[];
};

type ProcedureDef = { type: ProcedureInfo["type"]; meta?: Meta; inputs: unknown[] };

function objectKeys(schema: unknown): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Every procedure of the app router, read from tRPC's own definition. */
export function listProcedures(): ProcedureInfo[] {
  const procedures = (appRouter._def as unknown as { procedures: Record<string, AnyTRPCProcedure> }).procedures;
  return Object.entries(procedures).map(([path, procedure]) => {
    const def = procedure._def as unknown as ProcedureDef;
    return {
      path,
      type: def.type,
      meta: def.meta,
      inWorkspace: def.inputs.includes(workspaceInput),
      inputKeys: [...new Set(def.inputs.flatMap(objectKeys))],
    };
  });
}

/** Calls `caller.a.b(input)` for the path "a.b". */
export function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

export async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return (error as { code?: string }).code ?? `UNTYPED: ${String(error)}`;
  }
}
