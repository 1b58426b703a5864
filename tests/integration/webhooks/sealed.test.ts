import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { seal, unseal } from "@/server/security/sealed";

beforeEach(() => vi.stubEnv("AUTH_SECRET", "test-secret-one-0123456789abcdef"));
afterEach(() => vi.unstubAllEnvs());

describe("sealed secrets", () => {
  it("open to the same text, and never hold the text itself", () => {
    const sealed = seal("whsec_hello wörld");
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain("hello");
    expect(unseal(sealed)).toBe("whsec_hello wörld");
  });

  it("differ each time (a fresh nonce), so equal secrets do not look equal", () => {
    expect(seal("same")).not.toBe(seal("same"));
  });

  it("refuse an altered value", () => {
    const [v, iv, tag, body] = seal("secret text").split(".");
    const flipped = body!.startsWith("A") ? `B${body!.slice(1)}` : `A${body!.slice(1)}`;
    expect(() => unseal([v, iv, tag, flipped].join("."))).toThrow();
    expect(() => unseal("v2.a.b.c")).toThrow("Not a sealed value.");
    expect(() => unseal("plain text")).toThrow("Not a sealed value.");
  });

  it("refuse a value sealed under another AUTH_SECRET", () => {
    const sealed = seal("secret text");
    vi.stubEnv("AUTH_SECRET", "test-secret-two-0123456789abcdef");
    expect(() => unseal(sealed)).toThrow();
  });
});
