import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getAuthSecret } from "@/server/auth/secret";

/**
 * Secrets the app must use again later (an OIDC client secret, a webhook
 * signing secret) are stored sealed: AES-256-GCM under a key derived from
 * AUTH_SECRET with HKDF, so a copy of the database alone reveals none of
 * them. Format: `v1.<iv>.<tag>.<ciphertext>`, each part base64url.
 */
const VERSION = "v1";
const IV_BYTES = 12;

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", getAuthSecret(), "triple-crown", "sealed secrets v1", 32));
}

export function seal(text: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** Throws when the value was not sealed by this app with this AUTH_SECRET, or was altered. */
export function unseal(sealed: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("Not a sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
