import { beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../helpers/db";
import { callerFor } from "../helpers/factories";
import { authenticate } from "@/server/domain/auth/users";
import { ADDRESS_LIMIT as SIGN_IN_LIMIT } from "@/server/domain/auth/sign-in-guard";
import { hashPassword, verifyPassword } from "@/server/domain/auth/password";
import type { Db } from "@/db/client";

let db: Db;
beforeEach(async () => {
  db = await createTestDb();
  await callerFor(db, null).auth.signUp({ name: "Ada", email: "ada@example.com", password: "correct horse battery" });
});

describe("passwords", () => {
  it("hashes with a salt and verifies only the right password", async () => {
    const a = await hashPassword("secret-one");
    const b = await hashPassword("secret-one");
    expect(a).not.toBe(b);
    expect(a.startsWith("scrypt$")).toBe(true);
    expect(await verifyPassword("secret-one", a)).toBe(true);
    expect(await verifyPassword("secret-two", a)).toBe(false);
    expect(await verifyPassword("secret-one", "garbage")).toBe(false);
  });
});

describe("sign-in", () => {
  it("accepts the right password, case-insensitive email", async () => {
    expect(await authenticate(db, { email: "ADA@example.com", password: "correct horse battery" }, "1.1.1.1")).toMatchObject({
      email: "ada@example.com",
    });
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    expect(await authenticate(db, { email: "nobody@example.com", password: "correct horse battery" }, "1.1.1.1")).toBeNull();
    expect(await authenticate(db, { email: "ada@example.com", password: "wrong password" }, "1.1.1.1")).toBeNull();
  });

  it("slows down an account after five failures, even with the right password afterwards", async () => {
    for (let i = 0; i < 5; i++) {
      await authenticate(db, { email: "ada@example.com", password: "wrong" }, `10.0.0.${i}`);
    }
    await expect(authenticate(db, { email: "ada@example.com", password: "correct horse battery" }, "10.0.1.1")).rejects.toThrow(
      /Too many failed sign-ins to this account/,
    );
  });

  it("rate limits failures per address across emails", async () => {
    for (let i = 0; i < SIGN_IN_LIMIT; i++) {
      await authenticate(db, { email: `x${i}@example.com`, password: "wrong" }, "9.9.9.9");
    }
    await expect(authenticate(db, { email: "ada@example.com", password: "correct horse battery" }, "9.9.9.9")).rejects.toThrow(/Too many/);
    expect(await authenticate(db, { email: "ada@example.com", password: "correct horse battery" }, "8.8.8.8")).not.toBeNull();
  });
});
