import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, type Role } from "@/db/schema";

/** The caller's role in a workspace, or null when they are not a member. Runs on every workspace API call. */
export async function membershipRole(db: Db, workspaceId: string, userId: string): Promise<Role | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return row?.role ?? null;
}
