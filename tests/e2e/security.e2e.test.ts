import { describe, expect, it } from "vitest";
import { baseURL, DEMO } from "./support/browser";
import { sessionCookie } from "./support/http-client";

describe("hardening over HTTP", () => {
  it("sends the security headers, with no unsafe-eval in production", async () => {
    const res = await fetch(`${baseURL()}/sign-in`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("sets the session cookie httpOnly and sameSite=lax", async () => {
    const cookie = await sessionCookie(DEMO.email, DEMO.password);
    expect(cookie).not.toBeNull();
    expect(cookie!.toLowerCase()).toContain("httponly");
    expect(cookie!.toLowerCase()).toContain("samesite=lax");
  });

  it("rate limits failed sign-ins per address, with the right password refused too", async () => {
    const from = { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 200) + 1}` };
    for (let i = 0; i < 10; i++) {
      expect(await sessionCookie(`nobody-${i}@example.com`, "wrong-password", from)).toBeNull();
    }
    expect(await sessionCookie(DEMO.email, DEMO.password, from)).toBeNull();
    // Another address is not affected.
    expect(await sessionCookie(DEMO.email, DEMO.password, { "x-forwarded-for": "198.51.100.7" })).not.toBeNull();
  });

  it("the health check answers and says the database is ok", async () => {
    const res = await fetch(`${baseURL()}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, database: "ok" });
  });
});
