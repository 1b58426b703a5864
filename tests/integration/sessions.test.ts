import { encode } from "next-auth/jwt";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { userIdFromCookies } from "@/server/auth/session-token";
import { hashPassword } from "@/server/domain/auth/password";
import { changePassword, revokeSession, signOutEverywhere } from "@/server/domain/auth/sessions";
import { authenticate } from "@/server/domain/auth/users";
import { serveTrpc } from "@/server/trpc/http";
import { createTestDb } from "../helpers/db";
import { makeUser } from "../helpers/factories";

const SECRET = "test-secret-0123456789abcdef0123456789";
beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});

let db: Db;
let userId: string;
beforeEach(async () => {
  db = await createTestDb();
  userId = (await makeUser(db, { email: "ada@example.com", passwordHash: await hashPassword("correct horse battery") })).id;
});

async function cookieFor(claims: Record<string, unknown>): Promise<string> {
  return `authjs.session-token=${await encode({ token: claims, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 })}`;
}

async function me(cookie: string): Promise<number> {
  const res = await serveTrpc(db, new Request("http://localhost/api/trpc/auth.me", { headers: { cookie } }));
  return res.status;
}

describe("revoked sessions are refused by the API", () => {
  it("after sign out everywhere, every older cookie is refused, also one the API has seen before", async () => {
    const cookie = await cookieFor({ sub: userId, sv: 1, sid: "session-a" });
    expect(await userIdFromCookies(cookie, db)).toBe(userId);
    expect(await me(cookie)).toBe(200);
    await signOutEverywhere(db, userId);
    expect(await userIdFromCookies(cookie, db)).toBeNull();
    expect(await me(cookie)).toBe(401);
  });

  it("after a password change, older cookies are refused", async () => {
    const cookie = await cookieFor({ sub: userId, sv: 1, sid: "session-b" });
    expect(await me(cookie)).toBe(200);
    await changePassword(db, userId, { currentPassword: "correct horse battery", newPassword: "a much better passphrase" });
    expect(await me(cookie)).toBe(401);
    expect(await authenticate(db, { email: "ada@example.com", password: "a much better passphrase" }, "192.0.2.1")).toMatchObject({
      sessionVersion: 2,
    });
  });

  it("sign-out ends only that session: its cookie is refused, another session of the same user is not", async () => {
    const mine = await cookieFor({ sub: userId, sv: 1, sid: "session-c" });
    const other = await cookieFor({ sub: userId, sv: 1, sid: "session-d" });
    expect(await me(mine)).toBe(200);
    await revokeSession(db, { userId, sessionId: "session-c", expiresAt: Date.now() + 3_600_000 });
    expect(await me(mine)).toBe(401);
    expect(await me(other)).toBe(200);
  });

  it("refuses a cookie made before session versions (no version or session id in it)", async () => {
    expect(await userIdFromCookies(await cookieFor({ sub: userId }), db)).toBeNull();
  });
});

describe("changing the password", () => {
  it("requires the current password, and checks the new one against the policy", async () => {
    await expect(changePassword(db, userId, { currentPassword: "not it at all", newPassword: "a much better passphrase" })).rejects.toThrow(
      "Your current password is not right.",
    );
    await expect(changePassword(db, userId, { currentPassword: "correct horse battery", newPassword: "password123" })).rejects.toThrow(
      /too common/,
    );
    expect(await authenticate(db, { email: "ada@example.com", password: "correct horse battery" }, "192.0.2.2")).toMatchObject({
      sessionVersion: 1,
    });
  });
});
