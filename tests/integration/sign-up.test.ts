import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { authenticate } from "@/server/domain/auth/users";
import { createTestDb } from "../helpers/db";
import { callerFor, makeWorkspace } from "../helpers/factories";

const SAME_ANSWER = {
  message: "If this email is new, your account is ready. If it already has an account, sign in with its password instead.",
};

let db: Db;
beforeEach(async () => {
  db = await createTestDb();
});

describe("sign-up answers that do not confirm who has an account", () => {
  it("answers the same for a new email and an existing one, creates no second account and changes nothing", async () => {
    const anon = callerFor(db, null, "192.0.2.10");
    const first = await anon.auth.signUp({ name: "Ada", email: "ada@example.com", password: "violet kettle 42 ramp" });
    const second = await anon.auth.signUp({ name: "Eve", email: "ADA@example.com", password: "another long passphrase" });
    expect(first).toEqual(SAME_ANSWER);
    expect(second).toEqual(SAME_ANSWER);
    const rows = await db.select({ name: users.name }).from(users).where(eq(users.email, "ada@example.com"));
    expect(rows).toEqual([{ name: "Ada" }]);
    // The caller is not signed in as Ada: her password is unchanged, Eve's does not open the account.
    expect(await authenticate(db, { email: "ada@example.com", password: "another long passphrase" }, "192.0.2.10")).toBeNull();
    expect(await authenticate(db, { email: "ada@example.com", password: "violet kettle 42 ramp" }, "192.0.2.11")).toMatchObject({
      name: "Ada",
    });
  });
});

describe("throttles", () => {
  // Eleven sign-ups hash eleven passwords (scrypt): slow on a loaded machine.
  it("refuses an eleventh sign-up from one address within the hour; another address may still sign up", { timeout: 180_000 }, async () => {
    const from = callerFor(db, null, "203.0.113.50");
    for (let i = 0; i < 10; i++) await from.auth.signUp({ name: `P${i}`, email: `p${i}@example.com`, password: "violet kettle 42 ramp" });
    await expect(from.auth.signUp({ name: "P10", email: "p10@example.com", password: "violet kettle 42 ramp" })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Too many sign-ups from your network\. Try again in \d+ minutes?\.$/),
    });
    expect((await db.select().from(users).where(eq(users.email, "p10@example.com")))[0]).toBeUndefined();
    await callerFor(db, null, "198.51.100.50").auth.signUp({ name: "Q", email: "q@example.com", password: "violet kettle 42 ramp" });
    expect((await db.select().from(users).where(eq(users.email, "q@example.com")))[0]).toBeDefined();
  });

  it("refuses an eleventh new workspace from one user within the hour; another user is not affected", async () => {
    const { admin } = await makeWorkspace(db);
    const api = callerFor(db, admin.id);
    for (let i = 0; i < 10; i++) await api.workspace.create({ name: `Space ${i}` });
    await expect(api.workspace.create({ name: "One too many" })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^You created many workspaces in a short time\. Try again in \d+ minutes?\.$/),
    });
    const other = (await makeWorkspace(db)).admin;
    await expect(callerFor(db, other.id).workspace.create({ name: "Fine" })).resolves.toMatchObject({ slug: "fine" });
  });
});
