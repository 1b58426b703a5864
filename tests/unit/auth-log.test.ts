import { afterEach, describe, expect, it, vi } from "vitest";
import { logAuthError } from "@/server/auth/auth-log";
import { logger } from "@/server/log";

/** What Auth.js hands its logger when a session cookie cannot be decrypted. */
function jwtSessionError(): Error {
  const error = new Error("Read more at https://errors.authjs.dev#jwtsessionerror", {
    cause: { err: Object.assign(new Error("decryption failed"), { name: "JWEDecryptionFailed" }) },
  });
  return Object.assign(error, { name: "JWTSessionError", type: "JWTSessionError" });
}

afterEach(() => vi.restoreAllMocks());

describe("Auth.js errors in the log", () => {
  it("a tampered cookie on every request gives one warning line without a stack, not an error each time", () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    const error = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const t0 = Date.UTC(2026, 11, 6, 12, 0, 0);
    for (let i = 0; i < 5; i++) logAuthError(jwtSessionError(), t0 + i * 1000);
    expect(error).not.toHaveBeenCalled();
    expect(warn.mock.calls).toEqual([[{ count: 1, reason: "JWEDecryptionFailed" }, "unreadable session cookie: treated as signed out"]]);
    // A minute later it is said again, with how many there were meanwhile.
    logAuthError(jwtSessionError(), t0 + 61_000);
    expect(warn.mock.calls[1]).toEqual([{ count: 5, reason: "JWEDecryptionFailed" }, "unreadable session cookie: treated as signed out"]);
  });

  it("a wrong password is not logged; anything else is an error", () => {
    const error = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    logAuthError(Object.assign(new Error("x"), { type: "CredentialsSignin" }));
    expect(error).not.toHaveBeenCalled();
    logAuthError(Object.assign(new Error("boom"), { type: "CallbackRouteError" }));
    expect(error).toHaveBeenCalledTimes(1);
  });
});
