import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { newId } from "@/db/ids";
import { auditLog, canvases, categories, comments, initiativeEffects, initiatives, measureActuals, measures, moments } from "@/db/schema";
import { fieldErrorsOf } from "@/server/trpc/errors";

/** Rows inserted straight into the database, so a test sets up state without going through the API it tests. */
export function makeCategory(db: Db, workspaceId: string, overrides: Partial<typeof categories.$inferInsert> = {}) {
  return db
    .insert(categories)
    .values({ workspaceId, name: `Category ${newId().slice(0, 5)}`, need: "Wants the car back the same day", ...overrides })
    .returning()
    .get();
}

export function makeCanvas(db: Db, workspaceId: string, overrides: Partial<typeof canvases.$inferInsert> = {}) {
  const categoryId = overrides.categoryId ?? makeCategory(db, workspaceId).id;
  return db
    .insert(canvases)
    .values({ workspaceId, title: `Canvas ${newId().slice(0, 5)}`, ...overrides, categoryId })
    .returning()
    .get();
}

export function makeMoment(db: Db, workspaceId: string, canvasId: string, overrides: Partial<typeof moments.$inferInsert> = {}) {
  return db
    .insert(moments)
    .values({ workspaceId, canvasId, name: `Moment ${newId().slice(0, 5)}`, importance: 3, performance: 3, ...overrides })
    .returning()
    .get();
}

export function makeMeasure(db: Db, workspaceId: string, canvasId: string, overrides: Partial<typeof measures.$inferInsert> = {}) {
  return db
    .insert(measures)
    .values({ workspaceId, canvasId, name: `Measure ${newId().slice(0, 5)}`, ...overrides })
    .returning()
    .get();
}

export function makeActual(
  db: Db,
  workspaceId: string,
  measureId: string,
  overrides: Partial<typeof measureActuals.$inferInsert> & { date: string; value: number },
) {
  return db
    .insert(measureActuals)
    .values({ workspaceId, measureId, ...overrides })
    .returning()
    .get();
}

/** An initiative (plain row) with effect links, for reads that show which initiatives touch a moment. */
export function makeLinkedInitiative(
  db: Db,
  workspaceId: string,
  links: { momentId: string; effect: number }[],
  overrides: Partial<typeof initiatives.$inferInsert> = {},
) {
  const initiative = db
    .insert(initiatives)
    .values({ workspaceId, title: `Initiative ${newId().slice(0, 5)}`, ...overrides })
    .returning()
    .get();
  for (const link of links) {
    db.insert(initiativeEffects)
      .values({ workspaceId, initiativeId: initiative.id, ...link })
      .run();
  }
  return initiative;
}

export function makeComment(
  db: Db,
  workspaceId: string,
  overrides: Partial<typeof comments.$inferInsert> & { entityType: "initiative" | "canvas"; entityId: string },
) {
  return db
    .insert(comments)
    .values({ workspaceId, body: "A comment", ...overrides })
    .returning()
    .get();
}

export function auditActions(db: Db, entityType: string, entityId: string): string[] {
  return db
    .select({ action: auditLog.action, createdAt: auditLog.createdAt })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .all()
    .map((r) => r.action);
}

export function auditRows(db: Db, entityType: string, entityId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .all();
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
