import { createHash, randomBytes } from "node:crypto";

/** 256 random bits: guessing a live link is hopeless, well beyond the 128 bits asked of share links. */
const SHARE_TOKEN_BYTES = 32;

export function newShareToken(): string {
  return randomBytes(SHARE_TOKEN_BYTES).toString("base64url");
}

/** Only the sha256 is stored: a leaked database or backup holds no usable link. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
