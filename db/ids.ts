import { randomBytes } from "node:crypto";

/** 96 random bits in URL-safe base64: short, unguessable, never reused. */
export function newId(): string {
  return randomBytes(12).toString("base64url");
}
