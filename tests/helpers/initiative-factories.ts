import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { newId } from "@/db/ids";
import { auditLog, canvases, categories, initiatives, moments, periods } from "@/db/schema";
import { fieldErrorsOf } from "@/server/trpc/errors";

/** Rows inserted straight into the database, to set up state without the API under test. */
export function insertInitiative(db: Db, workspaceId: string, overrides: Partial<typeof initiatives.$inferInsert> = {}) {
  return db
    .insert(initiatives)
    .values({ workspaceId, title: `Initiative ${newId().slice(0, 5)}`, ...overrides })
    .returning()
    .get();
}

/** A category (of the given weight) with one canvas, and moments on it. */
export function insertMoments(
  db: Db,
  workspaceId: string,
  opts: { categoryName?: string; categoryWeight?: number; moments: { name?: string; importance: number; performance: number }[] },
) {
  const category = db
    .insert(categories)
    .values({
      workspaceId,
      name: opts.categoryName ?? `Category ${newId().slice(0, 5)}`,
      need: "Needs it done right",
      weight: opts.categoryWeight ?? 1,
    })
    .returning()
    .get();
  const canvas = db
    .insert(canvases)
    .values({ workspaceId, categoryId: category.id, title: `${category.name} canvas` })
    .returning()
    .get();
  const rows = opts.moments.map((m, position) =>
    db
      .insert(moments)
      .values({
        workspaceId,
        canvasId: canvas.id,
        name: m.name ?? `Moment ${position + 1}`,
        importance: m.importance,
        performance: m.performance,
        position,
      })
      .returning()
      .get(),
  );
  return { category, canvas, moments: rows };
}

export function insertPeriods(db: Db, workspaceId: string, dates: string[], capacity = 10) {
  return dates.map((startDate, i) =>
    db
      .insert(periods)
      .values({ workspaceId, label: `P${i + 1}`, startDate, capacity })
      .returning()
      .get(),
  );
}

export function auditRows(db: Db, entityId: string) {
  return db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.createdAt).all();
}

export function auditActions(db: Db, workspaceId: string, entityType: string) {
  return db
    .select({ action: auditLog.action, entityId: auditLog.entityId })
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.entityType, entityType)))
    .all();
}

/** The rejection of a call, for asserting its code, message and field errors. */
export async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw error;
  return { code: error.code, message: error.message, fieldErrors: fieldErrorsOf(error) ?? {}, cause: error.cause };
}
