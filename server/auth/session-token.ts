import { decode } from "next-auth/jwt";
import type { Db } from "@/db/client";
import { logger } from "@/server/log";
import { getAuthSecret } from "./secret";
import { liveSessionUserId, type SessionClaims } from "./session-check";

/**
 * The API's session check, kept light (docs/quality.md: per-request work small).
 * Auth.js's `auth()` re-encrypts a fresh session cookie on every call; the
 * API only needs to know who is calling, so it decrypts the cookie Auth.js
 * set and remembers the claims per token until the token expires. Whether
 * the session is still live (not signed out everywhere, not signed out) is
 * read from the database on every request (session-check.ts). Page loads
 * still go through `auth()`, which keeps the rolling expiry.
 */
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
const MAX_CACHED = 10_000;
/** claims: null for a cookie that could not be read (tampered, another secret, malformed). */
const verified = new Map<string, { claims: SessionClaims | null; expiresAt: number }>();

function sessionCookie(cookieHeader: string): { name: string; token: string } | null {
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if ((COOKIE_NAMES as readonly string[]).includes(name)) {
      const raw = part.slice(eq + 1).trim();
      try {
        return { name, token: decodeURIComponent(raw) };
      } catch {
        return { name, token: raw };
      }
    }
  }
  return null;
}

/**
 * The answer for a cookie header without any async work: the user id (or null)
 * when there is no session cookie or it was decrypted before and has not
 * expired, undefined when it must be decrypted (userIdFromCookies). Every
 * awaited promise costs extra inside Next's request context, and nearly every
 * API call carries a token seen before.
 */
export async function knownUserId(cookieHeader: string | null, db: Db, now = Date.now()): Promise<string | null | undefined> {
  if (!cookieHeader) return null;
  const cookie = sessionCookie(cookieHeader);
  if (!cookie) return null;
  const hit = verified.get(`${cookie.name}=${cookie.token}`);
  if (!hit || hit.expiresAt <= now) return hit ? null : undefined;
  return hit.claims ? await liveSessionUserId(db, hit.claims) : null;
}

/** The user id of a request's live session, or null (none, tampered, expired, revoked or chunked). */
export async function userIdFromCookies(cookieHeader: string | null, db: Db, now = Date.now()): Promise<string | null> {
  const known = await knownUserId(cookieHeader, db, now);
  if (known !== undefined) return known;
  const cookie = sessionCookie(cookieHeader!)!;
  const key = `${cookie.name}=${cookie.token}`;
  let payload: (SessionClaims & { exp?: number }) | null = null;
  try {
    payload = await decode({ token: cookie.token, secret: getAuthSecret(), salt: cookie.name });
  } catch (error) {
    // A tampered or foreign cookie is the caller's problem, not a server error: one line, no stack,
    // once per distinct token (the answer is remembered below), and the caller is signed out.
    logger.warn({ reason: (error as Error).name, cookie: cookie.name }, "unreadable session cookie: treated as signed out");
    payload = null;
  }
  const expiresAt = payload?.exp ? payload.exp * 1000 : now + 60_000;
  if (payload && expiresAt <= now) return null;
  if (verified.size >= MAX_CACHED) verified.clear();
  verified.set(key, { claims: payload, expiresAt });
  return payload ? await liveSessionUserId(db, payload) : null;
}
