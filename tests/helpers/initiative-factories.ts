import { insertedRow } from "@/db/database";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { newId } from "@/db/ids";
import { auditLog, canvases, categories, initiatives, moments, periods } from "@/db/schema";
import { fieldErrorsOf } from "@/server/trpc/errors";

/** Rows inserted straight into the database, to set up state without the API under test. */
export async function insertInitiative(db: Db, workspaceId: string, overrides: Partial<typeof initiatives.$inferInsert> = {}) {
  return await insertedRow(
    db
      .insert(initiatives)
      .values({ workspaceId, title: `Initiative ${newId().slice(0, 5)}`, ...overrides })
      .returning(),
  );
}

/** A category (of the given weight) with one canvas, and moments on it. */
export async function insertMoments(
  db: Db,
  workspaceId: string,
  opts: { categoryName?: string; categoryWeight?: number; moments: { name?: string; importance: number; performance: number }[] },
) {
  const category = await insertedRow(
    db
      .insert(categories)
      .values({
        workspaceId,
        name: opts.categoryName ?? `Category ${newId().slice(0, 5)}`,
        need: "Needs it done right",
        weight: opts.categoryWeight ?? 1,
      })
      .returning(),
  );
  const canvas = await insertedRow(
    db
      .insert(canvases)
      .values({ workspaceId, categoryId: category.id, title: `${category.name} canvas` })
      .returning(),
  );
  const rows = [];
  for (const [position, m] of opts.moments.entries()) {
    rows.push(
      await insertedRow(
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
          .returning(),
      ),
    );
  }
  return { category, canvas, moments: rows };
}

export async function insertPeriods(db: Db, workspaceId: string, dates: string[], capacity = 10) {
  const rows = [];
  for (const [i, startDate] of dates.entries()) {
    rows.push(
      await insertedRow(
        db
          .insert(periods)
          .values({ workspaceId, label: `P${i + 1}`, startDate, capacity })
          .returning(),
      ),
    );
  }
  return rows;
}

export async function auditRows(db: Db, entityId: string) {
  return await db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.createdAt);
}

export async function auditActions(db: Db, workspaceId: string, entityType: string) {
  return await db
    .select({ action: auditLog.action, entityId: auditLog.entityId })
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.entityType, entityType)));
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
