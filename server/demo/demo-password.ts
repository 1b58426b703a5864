import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "@/db/client";

/**
 * The demo accounts' password, made per install (decision 024): random on
 * first use and kept mode 0600 in the data folder, never a published one.
 * DEMO_PASSWORD in the environment wins (a test server that must know it
 * before it starts).
 */
const DEMO_PASSWORD_FILE = "demo-password.txt";

function demoPasswordPath(): string {
  return path.join(dataDir(), DEMO_PASSWORD_FILE);
}

/** The password, and whether it was made just now (so it is printed once). */
export function ensureDemoPassword(): { password: string; created: boolean } {
  const fromEnv = process.env.DEMO_PASSWORD;
  const file = demoPasswordPath();
  if (existsSync(file)) return { password: readFileSync(file, "utf8").trim(), created: false };
  mkdirSync(path.dirname(file), { recursive: true });
  const password = fromEnv || randomBytes(12).toString("base64url");
  try {
    writeFileSync(file, `${password}\n`, { mode: 0o600, flag: "wx" });
  } catch {
    // Another process made it first: use theirs.
    return { password: readFileSync(file, "utf8").trim(), created: false };
  }
  chmodSync(file, 0o600);
  return { password, created: true };
}

/** Where the sign-in page says the password is: relative to where `npm start` ran when it is inside. */
export function demoPasswordLocation(): string {
  const relative = path.relative(process.cwd(), demoPasswordPath());
  return relative.startsWith("..") || path.isAbsolute(relative) ? `${DEMO_PASSWORD_FILE} in the data folder` : relative;
}
