import { eq } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import { NotFoundError } from "../errors";
import type { DbOrTx } from "../shared/context";

export async function workspaceRow(db: DbOrTx, workspaceId: string) {
  const row = (await db.select().from(workspaces).where(eq(workspaces.id, workspaceId)))[0];
  if (!row) throw new NotFoundError("Workspace");
  return row;
}

/** "northwind-car-care-scorecard-2026-11-23.csv": the workspace, what, and the day. */
export function downloadName(slug: string, what: string, extension: string, now = new Date()): string {
  return `${slug}-${what}-${now.toISOString().slice(0, 10)}.${extension}`;
}
