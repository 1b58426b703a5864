import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getAuthSecret } from "@/server/auth/secret";

/**
 * Secrets the app must read again later (a webhook's signing secret, an OIDC
 * client secret) are stored sealed: AES-256-GCM under a key derived from
 * AUTH_SECRET with HKDF. A copy of the database alone opens nothing; GCM's
 * tag refuses a sealed value that was altered or sealed under another secret.
 * Sealed text: "v1.<iv>.<tag>.<ciphertext>", each part base64url.
 */

const VERSION = "v1";
const IV_BYTES = 12;

let derived: { secret: string; key: Buffer } | null = null;

function key(): Buffer {
  const secret = getAuthSecret();
  // Derived once per secret; a changed AUTH_SECRET (tests) derives again.
  if (derived?.secret !== secret) {
    derived = { secret, key: Buffer.from(hkdfSync("sha256", secret, "triple-crown/sealed", "sealed secrets v1", 32)) };
  }
  return derived.key;
}

export function seal(text: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function unseal(sealed: string): string {
  const [version, iv, tag, body, ...rest] = sealed.split(".");
  if (version !== VERSION || iv === undefined || tag === undefined || body === undefined || rest.length > 0) {
    throw new Error("Not a sealed value.");
  }
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  // final() throws when the tag does not match: altered, or sealed under another AUTH_SECRET.
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
