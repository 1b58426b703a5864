import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { seal, unseal } from "@/server/security/sealed";

beforeEach(() => {
  vi.stubEnv("AUTH_SECRET", "sealed-test-secret-0123456789");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("sealed secrets", () => {
  it("gives back the text, never contains it, and differs each time (a fresh IV)", () => {
    const a = seal("client-secret-value");
    const b = seal("client-secret-value");
    expect(unseal(a)).toBe("client-secret-value");
    expect(a).not.toContain("client-secret-value");
    expect(a).not.toBe(b);
    expect(a.startsWith("v1.")).toBe(true);
  });

  it("refuses an altered value and one sealed under another AUTH_SECRET", () => {
    const sealed = seal("s3cret");
    const parts = sealed.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = body[0]! ^ 1;
    expect(() => unseal([parts[0], parts[1], parts[2], body.toString("base64url")].join("."))).toThrow();
    vi.stubEnv("AUTH_SECRET", "another-secret-9876543210");
    expect(() => unseal(sealed)).toThrow();
  });

  it("refuses text that was never sealed", () => {
    expect(() => unseal("plain text")).toThrow("Not a sealed value");
  });
});
