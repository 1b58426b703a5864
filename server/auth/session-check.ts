import type Database from "better-sqlite3";
import type { Db } from "@/db/client";

/**
 * The per-request half of session revocation (decision 025): a cookie is
 * good only while its session version equals the user's and its session id
 * was not signed out. One prepared statement on the primary key and one on
 * revoked_sessions' key, read from the database on every request so a
 * revocation made by any app instance counts at once.
 */
export type SessionClaims = { sub?: unknown; sv?: unknown; sid?: unknown };

const statements = new WeakMap<Database.Database, Database.Statement<[string, string], { v: number; revoked: number }>>();

function check(sqlite: Database.Database) {
  let s = statements.get(sqlite);
  if (!s) {
    s = sqlite.prepare(
      "select session_version as v, exists (select 1 from revoked_sessions where session_id = ?) as revoked from users where id = ?",
    );
    statements.set(sqlite, s);
  }
  return s;
}

/** The user id when the claims name a live session, else null (unknown user, old version, signed out, or a cookie from before versions). */
export function liveSessionUserId(db: Db, claims: SessionClaims | null | undefined): string | null {
  const { sub, sv, sid } = claims ?? {};
  if (typeof sub !== "string" || typeof sv !== "number" || typeof sid !== "string") return null;
  const row = check(db.$client).get(sid, sub);
  return row && row.v === sv && !row.revoked ? sub : null;
}
