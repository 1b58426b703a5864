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

  it("allows only scripts carrying this response's nonce: no 'unsafe-inline' for scripts, a new nonce every time", async () => {
    const first = await fetch(`${baseURL()}/sign-in`);
    const csp = first.headers.get("content-security-policy") ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).not.toContain("unsafe-inline");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(nonce).toBeTruthy();
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    const second = await fetch(`${baseURL()}/sign-in`);
    expect(second.headers.get("content-security-policy")).not.toContain(`'nonce-${nonce}'`);
  });

  it("answers TRACE with 405, not 500", async () => {
    const { request } = await import("node:http");
    const url = new URL(`${baseURL()}/sign-in`);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: "TRACE" }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(405);
  });

  it("renders a page whole when the router-state header is malformed, instead of a 500", async () => {
    for (const value of ["%7Bnot-json", "[", "x".repeat(20_000)]) {
      const res = await fetch(`${baseURL()}/sign-in`, { headers: { "next-router-state-tree": value, rsc: "1" } });
      expect(res.status).toBeLessThan(500);
    }
  });

  it("says Strict-Transport-Security only when a trusted proxy says the client came over HTTPS", async () => {
    const plain = await fetch(`${baseURL()}/sign-in`);
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const viaProxy = await fetch(`${baseURL()}/sign-in`, { headers: { "x-forwarded-proto": "https" } });
    expect(viaProxy.headers.get("strict-transport-security")).toContain("max-age=");
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
