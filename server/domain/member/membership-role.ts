import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { preparedOnce } from "@/db/prepared";
import { memberships, type Role } from "@/db/schema";

/**
 * The caller's role in a workspace, or null when they are not a member. Runs
 * on every workspace API call, so the statement is prepared once.
 */
export function membershipRole(db: Db, workspaceId: string, userId: string): Role | null {
  const statement = preparedOnce(db, "membership-role", (d) =>
    d
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, sql.placeholder("workspaceId")), eq(memberships.userId, sql.placeholder("userId"))))
      .prepare(),
  );
  return statement.get({ workspaceId, userId })?.role ?? null;
}
