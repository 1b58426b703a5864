import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { users } from "@/db/schema";
import { prepareData } from "@/server/cli/prepare-data";
import { demoWantedOnStart } from "@/server/cli/demo-default.mjs";
import { verifyPassword } from "@/server/domain/auth/password";

const ENV_KEYS = ["DATA_DIR", "DATABASE_PATH", "NODE_ENV", "DEMO", "AUTH_SECRET"] as const;
let saved: Partial<Record<(typeof ENV_KEYS)[number], string | undefined>>;
let dir: string;
let logged: string[];

beforeEach(() => {
  saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  dir = mkdtempSync(path.join(tmpdir(), "tc-demo-"));
  process.env.DATA_DIR = dir;
  delete process.env.DATABASE_PATH;
  delete process.env.DEMO;
  process.env.AUTH_SECRET = "test-secret-0123456789abcdef0123456789";
  logged = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
  const env = process.env as Record<string, string | undefined>;
  for (const k of ENV_KEYS) {
    if (saved[k] === undefined) delete env[k];
    else env[k] = saved[k];
  }
  rmSync(dir, { recursive: true, force: true });
});

const demoUser = async () => (await (await getDb()).select().from(users).where(eq(users.email, "demo@triplecrown.local")))[0];

describe("demo accounts", () => {
  it("production mode never seeds the demo unless DEMO=1", async () => {
    (process.env as Record<string, string>).NODE_ENV = "production";
    await prepareData();
    expect(await demoUser()).toBeUndefined();
    expect(logged.join("\n")).not.toContain("demo-password");
  });

  it("seeds with a password made for this install, printed once and stored 0600 in the data folder", async () => {
    (process.env as Record<string, string>).NODE_ENV = "production";
    process.env.DEMO = "1";
    await prepareData();
    const file = path.join(dir, "demo-password.txt");
    const password = readFileSync(file, "utf8").trim();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(password).not.toBe("demo-password");
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(await verifyPassword(password, (await demoUser())!.passwordHash)).toBe(true);
    expect(await verifyPassword("demo-password", (await demoUser())!.passwordHash)).toBe(false);
    expect(logged.filter((l) => l.includes(password))).toHaveLength(1);

    // A restart prints where the password is, never the password.
    logged.length = 0;
    await closeDb();
    await prepareData();
    expect(logged.join("\n")).not.toContain(password);
    expect(logged.join("\n")).toContain("demo-password.txt");
  });

  it("npm start asks for the demo only on the embedded default with a new data folder", () => {
    expect(demoWantedOnStart({}, false)).toBe(true);
    expect(demoWantedOnStart({}, true)).toBe(false);
    expect(demoWantedOnStart({ DATA_DIR: "/srv/tc" }, false)).toBe(false);
    expect(demoWantedOnStart({ DATABASE_PATH: "/srv/tc.db" }, false)).toBe(false);
    expect(demoWantedOnStart({ DEMO: "0" }, false)).toBe(false);
    // A PostgreSQL deployment is never the newcomer's embedded default: no demo unless DEMO=1 asks.
    expect(demoWantedOnStart({ DATABASE_URL: "postgres://db.internal/triple_crown" }, false)).toBe(false);
    expect(demoWantedOnStart({ DATABASE_URL: "postgres://db.internal/triple_crown", DEMO: "1" }, false)).toBe(true);
  });
});
