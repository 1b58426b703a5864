import { insertedRow } from "@/db/database";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { newId } from "@/db/ids";
import { auditLog, canvases, categories, comments, initiativeEffects, initiatives, measureActuals, measures, moments } from "@/db/schema";
import { fieldErrorsOf } from "@/server/trpc/errors";

/** Rows inserted straight into the database, so a test sets up state without going through the API it tests. */
export async function makeCategory(db: Db, workspaceId: string, overrides: Partial<typeof categories.$inferInsert> = {}) {
  return await insertedRow(
    db
      .insert(categories)
      .values({ workspaceId, name: `Category ${newId().slice(0, 5)}`, need: "Wants the car back the same day", ...overrides })
      .returning(),
  );
}

export async function makeCanvas(db: Db, workspaceId: string, overrides: Partial<typeof canvases.$inferInsert> = {}) {
  const categoryId = overrides.categoryId ?? (await makeCategory(db, workspaceId)).id;
  return await insertedRow(
    db
      .insert(canvases)
      .values({ workspaceId, title: `Canvas ${newId().slice(0, 5)}`, ...overrides, categoryId })
      .returning(),
  );
}

export async function makeMoment(db: Db, workspaceId: string, canvasId: string, overrides: Partial<typeof moments.$inferInsert> = {}) {
  return await insertedRow(
    db
      .insert(moments)
      .values({ workspaceId, canvasId, name: `Moment ${newId().slice(0, 5)}`, importance: 3, performance: 3, ...overrides })
      .returning(),
  );
}

export async function makeMeasure(db: Db, workspaceId: string, canvasId: string, overrides: Partial<typeof measures.$inferInsert> = {}) {
  return await insertedRow(
    db
      .insert(measures)
      .values({ workspaceId, canvasId, name: `Measure ${newId().slice(0, 5)}`, ...overrides })
      .returning(),
  );
}

export async function makeActual(
  db: Db,
  workspaceId: string,
  measureId: string,
  overrides: Partial<typeof measureActuals.$inferInsert> & { date: string; value: number },
) {
  return await insertedRow(
    db
      .insert(measureActuals)
      .values({ workspaceId, measureId, ...overrides })
      .returning(),
  );
}

/** An initiative (plain row) with effect links, for reads that show which initiatives touch a moment. */
export async function makeLinkedInitiative(
  db: Db,
  workspaceId: string,
  links: { momentId: string; effect: number }[],
  overrides: Partial<typeof initiatives.$inferInsert> = {},
) {
  const initiative = await insertedRow(
    db
      .insert(initiatives)
      .values({ workspaceId, title: `Initiative ${newId().slice(0, 5)}`, ...overrides })
      .returning(),
  );
  for (const link of links) {
    await db.insert(initiativeEffects).values({ workspaceId, initiativeId: initiative.id, ...link });
  }
  return initiative;
}

export async function makeComment(
  db: Db,
  workspaceId: string,
  overrides: Partial<typeof comments.$inferInsert> & { entityType: "initiative" | "canvas"; entityId: string },
) {
  return await insertedRow(
    db
      .insert(comments)
      .values({ workspaceId, body: "A comment", ...overrides })
      .returning(),
  );
}

export async function auditActions(db: Db, entityType: string, entityId: string): Promise<string[]> {
  return (
    await db
      .select({ action: auditLog.action, createdAt: auditLog.createdAt })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
  ).map((r) => r.action);
}

export async function auditRows(db: Db, entityType: string, entityId: string) {
  return await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));
}

/** The rejection of a call, to inspect code, message and field errors. */
export async function failure(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail, it succeeded");
}

export function fieldErrors(error: TRPCError): Record<string, string[]> {
  return fieldErrorsOf(error) ?? {};
}
