import { sqliteConnection } from "@/db/registry";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { accountNotices, users } from "@/db/schema";
import { hashPassword } from "@/server/domain/auth/password";
import { authenticate } from "@/server/domain/auth/users";
import { createTestDb } from "../helpers/db";

const T0 = Date.UTC(2026, 11, 6, 9, 0, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

let db: Db;
let hash: string;
beforeEach(async () => {
  db = await createTestDb();
  hash ??= await hashPassword("correct horse battery");
  for (const [name, email] of [
    ["Ada", "ada@example.com"],
    ["Bob", "bob@example.com"],
  ]) {
    await db.insert(users).values({ name: name!, email: email!, passwordHash: hash });
  }
});

const attempt = (email: string, password: string, ip: string, now: number, database = db) =>
  authenticate(database, { email, password }, ip, now);

/** Each failure against a real account verifies a scrypt hash: slow when the machine is loaded. */
const SLOW = 180_000;

describe("per-address limit", () => {
  it("ten failures from one address do not block another user's sign-in from another address", { timeout: SLOW }, async () => {
    for (let i = 0; i < 10; i++) expect(await attempt(`nobody${i}@example.com`, "wrong password", "203.0.113.7", T0 + i)).toBeNull();
    await expect(attempt("ada@example.com", "correct horse battery", "203.0.113.7", T0 + 20)).rejects.toThrow(
      /Too many failed sign-ins from your network\. Try again in 15 minutes\./,
    );
    expect(await attempt("bob@example.com", "correct horse battery", "198.51.100.9", T0 + 30)).toMatchObject({ email: "bob@example.com" });
  });

  it("a caller whose address is unknown (no custom server in front) is not put in one shared bucket", { timeout: SLOW }, async () => {
    for (let i = 0; i < 12; i++) await attempt(`nobody${i}@example.com`, "wrong password", "unknown", T0 + i);
    expect(await attempt("bob@example.com", "correct horse battery", "unknown", T0 + 30)).toMatchObject({ email: "bob@example.com" });
  });

  it("opens again when the 15-minute window is over", { timeout: SLOW }, async () => {
    for (let i = 0; i < 10; i++) await attempt(`nobody${i}@example.com`, "wrong password", "203.0.113.7", T0);
    expect(await attempt("ada@example.com", "correct horse battery", "203.0.113.7", T0 + 15 * MINUTE)).toMatchObject({
      email: "ada@example.com",
    });
  });
});

describe("per-account protection", () => {
  it("slows an account down after five failures (1 s, then doubling) instead of locking it for everyone", { timeout: SLOW }, async () => {
    for (let i = 0; i < 5; i++) expect(await attempt("ada@example.com", "wrong password", `198.51.100.${i}`, T0)).toBeNull();
    // The sixth attempt, even with the right password and from a fresh address, waits one second.
    await expect(attempt("ada@example.com", "correct horse battery", "192.0.2.1", T0 + 500)).rejects.toThrow(
      /Too many failed sign-ins to this account\. Try again in 1 second\./,
    );
    expect(await attempt("ada@example.com", "wrong password", "192.0.2.1", T0 + SECOND)).toBeNull();
    await expect(attempt("ada@example.com", "wrong password", "192.0.2.1", T0 + 2 * SECOND)).rejects.toThrow(/Try again in 1 second\./);
    // After the sixth failure the wait is 2 s.
    expect(await attempt("ada@example.com", "correct horse battery", "192.0.2.1", T0 + 3 * SECOND)).toMatchObject({
      email: "ada@example.com",
    });
    // Another account is never affected.
    expect(await attempt("bob@example.com", "correct horse battery", "192.0.2.1", T0 + 500)).toMatchObject({ email: "bob@example.com" });
  });

  it("ten failures against one email from many addresses do not lock its owner out for 15 minutes", { timeout: SLOW }, async () => {
    let t = T0;
    for (let i = 0; i < 10; i++) {
      expect(await attempt("ada@example.com", "wrong password", `198.51.100.${i}`, t)).toBeNull();
      t += 60 * SECOND; // far apart, so no attempt falls inside a delay
    }
    // Ten failures: the delay is 2^(10-5) = 32 s after the last one.
    expect(await attempt("ada@example.com", "correct horse battery", "192.0.2.1", t - 60 * SECOND + 32 * SECOND)).toMatchObject({
      email: "ada@example.com",
    });
  });

  it("locks only that account for 15 minutes after 20 failures, and tells its owner at the next sign-in", { timeout: SLOW }, async () => {
    let t = T0;
    for (let i = 0; i < 20; i++) {
      expect(await attempt("ada@example.com", "wrong password", `198.51.100.${i % 200}`, t)).toBeNull();
      t += 61 * SECOND;
    }
    const last = t - 61 * SECOND;
    await expect(attempt("ada@example.com", "correct horse battery", "192.0.2.1", last + 14 * MINUTE)).rejects.toThrow(
      /Too many failed sign-ins to this account\. Try again in 1 minute\./,
    );
    expect(await attempt("bob@example.com", "correct horse battery", "198.51.100.19", last + MINUTE)).toMatchObject({
      email: "bob@example.com",
    });
    const ada = (await db.select().from(users).where(eq(users.email, "ada@example.com")))[0]!;
    const notices = await db.select().from(accountNotices).where(eq(accountNotices.userId, ada.id));
    expect(notices.map((n) => n.message)).toEqual([
      "20 failed sign-ins to your account, the last from 198.51.100.19 at 2026-12-06 09:19 UTC. It was locked for 15 minutes. If this was not you, change your password.",
    ]);
    expect(await attempt("ada@example.com", "correct horse battery", "192.0.2.1", last + 15 * MINUTE)).toMatchObject({
      email: "ada@example.com",
    });
  });

  it("a successful sign-in from one address does not reset the account's protection for others", { timeout: SLOW }, async () => {
    for (let i = 0; i < 5; i++) await attempt("ada@example.com", "wrong password", "203.0.113.66", T0);
    expect(await attempt("ada@example.com", "correct horse battery", "192.0.2.1", T0 + SECOND)).toMatchObject({ email: "ada@example.com" });
    // The attacker's next guess still counts as the sixth failure: it waits 2 s after it.
    expect(await attempt("ada@example.com", "wrong password", "203.0.113.66", T0 + 2 * SECOND)).toBeNull();
    await expect(attempt("ada@example.com", "wrong password", "203.0.113.66", T0 + 3 * SECOND)).rejects.toThrow(/Try again in 1 second\./);
  });
});

describe("counters shared through the database", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("two connections to the same file (two app instances) see the same counts", { timeout: SLOW }, async () => {
    dir = mkdtempSync(path.join(tmpdir(), "tc-limits-"));
    const file = path.join(dir, "shared.db");
    const one = openDatabase(file);
    await applyMigrations(one);
    await one.insert(users).values({ name: "Ada", email: "ada@example.com", passwordHash: hash });
    const two = openDatabase(file);
    try {
      for (let i = 0; i < 5; i++) await attempt(`nobody${i}@example.com`, "wrong password", "203.0.113.7", T0, one);
      for (let i = 5; i < 10; i++) await attempt(`nobody${i}@example.com`, "wrong password", "203.0.113.7", T0, two);
      await expect(attempt("ada@example.com", "correct horse battery", "203.0.113.7", T0 + 1, one)).rejects.toThrow(/from your network/);
      const rows = sqliteConnection(two).prepare("select key, count from rate_limits where key like 'signin-ip:%'").all();
      expect(rows).toEqual([{ key: "signin-ip:203.0.113.7", count: 10 }]);
    } finally {
      sqliteConnection(one).close();
      sqliteConnection(two).close();
    }
  });
});
