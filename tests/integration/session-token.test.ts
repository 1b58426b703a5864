import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { userIdFromCookies as fromCookies } from "@/server/auth/session-token";
import { logger } from "@/server/log";
import { createTestDb } from "../helpers/db";
import { makeUser } from "../helpers/factories";

const SECRET = "test-secret-0123456789abcdef0123456789";
beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});

let db: Db;
beforeEach(async () => {
  db = await createTestDb();
  for (const id of ["user-1", "user-2", "user-3", "user-4", "user-5"]) await makeUser(db, { id });
});
const userIdFromCookies = (cookie: string | null, now?: number) => fromCookies(cookie, db, now);

async function token(sub: string, opts: { secret?: string; salt?: string; maxAge?: number } = {}) {
  return encode({
    token: { sub, sv: 1, sid: `session-of-${sub}` },
    secret: opts.secret ?? SECRET,
    salt: opts.salt ?? "authjs.session-token",
    maxAge: opts.maxAge ?? 3600,
  });
}

describe("the API's session check", () => {
  it("reads the user id from Auth.js's session cookie among others", async () => {
    const t = await token("user-1");
    expect(await userIdFromCookies(`theme=dark; authjs.session-token=${t}; other=1`)).toBe("user-1");
  });

  it("refuses a token sealed with another secret, a tampered one, or none", async () => {
    expect(
      await userIdFromCookies(`authjs.session-token=${await token("user-2", { secret: "another-secret-0123456789abcdef01" })}`),
    ).toBeNull();
    const t = await token("user-3");
    expect(await userIdFromCookies(`authjs.session-token=${t.slice(0, -4)}AAAA`)).toBeNull();
    expect(await userIdFromCookies("theme=dark")).toBeNull();
    expect(await userIdFromCookies(null)).toBeNull();
  });

  it("refuses an expired token, also when it was cached before", async () => {
    const t = await token("user-4", { maxAge: 60 });
    const cookie = `authjs.session-token=${t}`;
    expect(await userIdFromCookies(cookie)).toBe("user-4");
    expect(await userIdFromCookies(cookie, Date.now() + 61_000)).toBeNull();
  });

  it("binds the token to its cookie name (the salt)", async () => {
    const t = await token("user-5");
    expect(await userIdFromCookies(`__Secure-authjs.session-token=${t}`)).toBeNull();
  });
});

describe("a tampered cookie on the API", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is signed out, with one warning line per distinct token and no error", async () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    const error = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const t = await token("user-1");
    const tampered = `authjs.session-token=${t.slice(0, -6)}BBBBBB`;
    for (let i = 0; i < 3; i++) expect(await userIdFromCookies(tampered)).toBeNull();
    expect(error).not.toHaveBeenCalled();
    expect(warn.mock.calls).toEqual([
      [{ reason: expect.any(String), cookie: "authjs.session-token" }, "unreadable session cookie: treated as signed out"],
    ]);
  });
});
