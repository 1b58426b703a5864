import { decode } from "next-auth/jwt";
import { getAuthSecret } from "./secret";

/**
 * The API's session check, kept light (quality.md: per-request work small).
 * Auth.js's `auth()` re-encrypts a fresh session cookie on every call; the
 * API only needs to know who is calling, so it decrypts the cookie Auth.js
 * set and remembers the answer per token until the token expires. Page loads
 * still go through `auth()`, which keeps the rolling expiry.
 */
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
const MAX_CACHED = 10_000;
const verified = new Map<string, { userId: string | null; expiresAt: number }>();

function sessionCookie(cookieHeader: string): { name: string; token: string } | null {
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if ((COOKIE_NAMES as readonly string[]).includes(name)) return { name, token: decodeURIComponent(part.slice(eq + 1).trim()) };
  }
  return null;
}

/**
 * The answer for a cookie header without any async work: the user id (or null)
 * when there is no session cookie or it was verified before and has not
 * expired, undefined when it must be decrypted (userIdFromCookies). Every
 * awaited promise costs extra inside Next's request context, and nearly every
 * API call carries a token seen before.
 */
export function knownUserId(cookieHeader: string | null, now = Date.now()): string | null | undefined {
  if (!cookieHeader) return null;
  const cookie = sessionCookie(cookieHeader);
  if (!cookie) return null;
  const hit = verified.get(`${cookie.name}=${cookie.token}`);
  return hit && hit.expiresAt > now ? hit.userId : undefined;
}

/** The user id of a request's session cookie, or null (none, tampered, expired or chunked). */
export async function userIdFromCookies(cookieHeader: string | null, now = Date.now()): Promise<string | null> {
  const known = knownUserId(cookieHeader, now);
  if (known !== undefined) return known;
  const cookie = sessionCookie(cookieHeader!)!;
  const key = `${cookie.name}=${cookie.token}`;
  let payload: { sub?: string; exp?: number } | null = null;
  try {
    payload = await decode({ token: cookie.token, secret: getAuthSecret(), salt: cookie.name });
  } catch {
    payload = null;
  }
  const userId = payload?.sub ?? null;
  const expiresAt = payload?.exp ? payload.exp * 1000 : now + 60_000;
  if (userId && expiresAt <= now) return null;
  if (verified.size >= MAX_CACHED) verified.clear();
  verified.set(key, { userId, expiresAt });
  return userId;
}
