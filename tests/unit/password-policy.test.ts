import { describe, expect, it } from "vitest";
import { changePasswordInput, signUpInput } from "@/server/domain/auth/schemas";

function problems(input: Record<string, unknown>): Record<string, string[] | undefined> {
  const result = signUpInput.safeParse({ name: "Ada", email: "ada@example.com", ...input });
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[String(issue.path[0])] ??= []).push(issue.message);
  return out;
}

describe("the password policy", () => {
  it("refuses the passwords the probe got through, each with its reason", () => {
    expect(problems({ password: "12345678" }).password).toEqual(["Use at least 10 characters for your password."]);
    expect(problems({ password: "password" }).password).toEqual(["Use at least 10 characters for your password."]);
    expect(problems({ password: "          " }).password).toEqual(["A password cannot be only spaces."]);
  });

  it("refuses common passwords, also with the usual endings and capitals", () => {
    const common = "This password is too common: it is among the first ones attackers try. Choose another.";
    expect(problems({ password: "password123" }).password).toEqual([common]);
    expect(problems({ password: "Password2026!" }).password).toEqual([common]);
    expect(problems({ password: "qwertyuiop" }).password).toEqual([common]);
    expect(problems({ password: "1234567890" }).password).toEqual([common]);
    expect(problems({ password: "Sunshine12345" }).password).toEqual([common]);
  });

  it("refuses the account's own email", () => {
    expect(problems({ password: "ADA@example.com" }).password).toEqual(["Your password cannot be your email address."]);
  });

  it("accepts a long, unusual password", () => {
    expect(problems({ password: "violet kettle 42 ramp" })).toEqual({});
    expect(problems({ password: "Tr0ub4dor&3x" })).toEqual({});
  });

  it("applies to a password change too", () => {
    const r = changePasswordInput.safeParse({ currentPassword: "whatever it was", newPassword: "letmein123" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      "This password is too common: it is among the first ones attackers try. Choose another.",
    ]);
  });
});
