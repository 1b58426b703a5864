import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { userIdFromCookies } from "@/server/auth/session-token";

const SECRET = "test-secret-0123456789abcdef0123456789";
beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});

async function token(sub: string, opts: { secret?: string; salt?: string; maxAge?: number } = {}) {
  return encode({ token: { sub }, secret: opts.secret ?? SECRET, salt: opts.salt ?? "authjs.session-token", maxAge: opts.maxAge ?? 3600 });
}

describe("the API's session check", () => {
  it("reads the user id from Auth.js's session cookie among others", async () => {
    const t = await token("user-1");
    expect(await userIdFromCookies(`theme=dark; authjs.session-token=${t}; other=1`)).toBe("user-1");
  });

  it("refuses a token sealed with another secret, a tampered one, or none", async () => {
    expect(await userIdFromCookies(`authjs.session-token=${await token("user-2", { secret: "another-secret-0123456789abcdef01" })}`)).toBeNull();
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
