import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "@/server/auth/secret";

/**
 * The digest's unsubscribe link works without signing in: it carries the
 * subscription's id signed with a key derived from AUTH_SECRET, so nobody
 * can make one for another person's subscription. Deleting the subscription
 * kills the link (a new subscription has a new id).
 */
function mac(subscriptionId: string): string {
  return createHmac("sha256", getAuthSecret()).update(`digest-unsubscribe:${subscriptionId}`).digest("base64url");
}

export function unsubscribeToken(subscriptionId: string): string {
  return `${subscriptionId}.${mac(subscriptionId)}`;
}

/** The subscription id a token names, or null when its signature is wrong. */
export function subscriptionOfToken(token: string): string | null {
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const id = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(id));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
