import { createHmac, randomBytes } from "node:crypto";

/** A hook's signing secret: 256 random bits, prefixed so it is recognisable where it is pasted. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/**
 * The X-TripleCrown-Signature value: HMAC-SHA256 over "<timestamp>.<body>",
 * so a receiver that checks the timestamp also refuses a replayed body.
 */
export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}
