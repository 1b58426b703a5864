// What our server does to a request before Next sees it (server/cli/request-guard.mjs).
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, guardRequest } from "@/server/cli/request-guard.mjs";

function fakeRequest(method: string, headers: Record<string, string>) {
  const rawHeaders = Object.entries(headers).flat();
  return { method, headers: { ...headers }, rawHeaders } as unknown as IncomingMessage;
}

function fakeResponse() {
  const set: Record<string, string> = {};
  let status = 0;
  let ended = false;
  const res = {
    setHeader: (k: string, v: string) => (set[k.toLowerCase()] = v),
    writeHead: (s: number) => {
      status = s;
    },
    end: () => {
      ended = true;
    },
  } as unknown as ServerResponse;
  return { res, set, state: () => ({ status, ended }) };
}

describe("the request guard", () => {
  it("answers TRACE itself with 405", () => {
    const { res, state } = fakeResponse();
    expect(guardRequest(fakeRequest("TRACE", {}), res, { https: false })).toBe(true);
    expect(state()).toEqual({ status: 405, ended: true });
  });

  it("drops a malformed router-state header and keeps a well-formed one", () => {
    const bad = fakeRequest("GET", { "next-router-state-tree": "%7Bnot-json" });
    guardRequest(bad, fakeResponse().res, { https: false });
    expect(bad.headers["next-router-state-tree"]).toBeUndefined();
    expect(bad.rawHeaders).not.toContain("next-router-state-tree");
    const good = fakeRequest("GET", { "next-router-state-tree": encodeURIComponent(JSON.stringify(["", {}])) });
    guardRequest(good, fakeResponse().res, { https: false });
    expect(good.headers["next-router-state-tree"]).toBeDefined();
  });

  it("gives the request and the response the same policy with a nonce, and no unsafe-inline for scripts", () => {
    const req = fakeRequest("GET", { "content-security-policy": "script-src 'unsafe-inline'" });
    const { res, set } = fakeResponse();
    expect(guardRequest(req, res, { https: false })).toBe(false);
    expect(req.headers["content-security-policy"]).toBe(set["content-security-policy"]);
    const scriptSrc = set["content-security-policy"]!.split(";").find((d) => d.trim().startsWith("script-src"))!;
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(set["strict-transport-security"]).toBeUndefined();
  });

  it("says HSTS only over HTTPS", () => {
    const { res, set } = fakeResponse();
    guardRequest(fakeRequest("GET", {}), res, { https: true });
    expect(set["strict-transport-security"]).toContain("max-age=31536000");
  });

  it("writes the nonce it is given into script-src", () => {
    expect(contentSecurityPolicy("abc123")).toContain("script-src 'self' 'nonce-abc123'");
  });
});
