import { createHash, randomBytes } from "node:crypto";

/**
 * An API token is "tc_" and 256 random bits in base64url. The prefix makes a
 * leaked token recognisable (secret scanners, logs); the randomness makes
 * guessing one hopeless.
 */
const TOKEN_BYTES = 32;
export const API_TOKEN_MARK = "tc_";
/** Characters of the token people see in the list ("tc_ab12cd"): enough to tell tokens apart, far too few to use. */
const SHOWN_CHARACTERS = API_TOKEN_MARK.length + 6;

export function newApiToken(): string {
  return API_TOKEN_MARK + randomBytes(TOKEN_BYTES).toString("base64url");
}

/** Only the sha256 is stored: a leaked database or backup holds no usable token. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function tokenPrefix(token: string): string {
  return token.slice(0, SHOWN_CHARACTERS);
}

/** Whether a string could be a token we made (checked before any database read). */
export function looksLikeApiToken(token: string): boolean {
  return /^tc_[A-Za-z0-9_-]{43}$/.test(token);
}
