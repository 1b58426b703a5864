import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { revokedSessions, users } from "@/db/schema";

/**
 * The per-request half of session revocation (decision 025): a cookie is
 * good only while its session version equals the user's and its session id
 * was not signed out. One query on two primary keys, read from the database
 * on every request so a revocation made by any app instance counts at once.
 */
export type SessionClaims = { sub?: unknown; sv?: unknown; sid?: unknown };

/** The user id when the claims name a live session, else null (unknown user, old version, signed out, or a cookie from before versions). */
export async function liveSessionUserId(db: Db, claims: SessionClaims | null | undefined): Promise<string | null> {
  const { sub, sv, sid } = claims ?? {};
  if (typeof sub !== "string" || typeof sv !== "number" || typeof sid !== "string") return null;
  const [row] = await db
    .select({
      v: users.sessionVersion,
      revoked: sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.sessionId} = ${sid})`.mapWith(Boolean),
    })
    .from(users)
    .where(eq(users.id, sub));
  return row && row.v === sv && !row.revoked ? sub : null;
}
