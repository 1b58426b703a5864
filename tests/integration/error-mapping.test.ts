// Domain errors map to tRPC codes by their code, never by class identity:
// Next bundles server code into several chunks, and a class from one chunk is
// a different object in another (a busy simulation answered 500, not 429).
import { encode } from "next-auth/jwt";
import { TRPCError } from "@trpc/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import * as mine from "@/server/domain/errors";
import { serveTrpc } from "@/server/trpc/http";
import { fieldErrorsOf, toTRPCError } from "@/server/trpc/errors";
import { MAX_BATCH_SIZE } from "@/server/trpc/limits";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";

/** A second copy of a module, as another bundle chunk would hold it. */
async function freshCopy<T>(path: string): Promise<T> {
  vi.resetModules();
  return (await import(/* @vite-ignore */ path)) as T;
}

type ErrorsModule = typeof import("@/server/domain/errors");

describe("error mapping across a module boundary", () => {
  let other: ErrorsModule;
  beforeAll(async () => {
    other = await freshCopy<ErrorsModule>("@/server/domain/errors");
  });

  it("really is another class identity (the premise of the test)", () => {
    expect(new other.TooManyRequestsError("busy") instanceof mine.TooManyRequestsError).toBe(false);
  });

  it.each([
    ["NotFoundError", () => new other.NotFoundError("Initiative"), "NOT_FOUND"],
    ["ForbiddenError", () => new other.ForbiddenError("No"), "FORBIDDEN"],
    ["ConflictError", () => new other.ConflictError("Changed", { currentVersion: 3, changedBy: "Ann", changedAt: null }), "CONFLICT"],
    ["ValidationError", () => new other.ValidationError("Bad", { title: ["Too long"] }), "BAD_REQUEST"],
    ["TooManyRequestsError", () => new other.TooManyRequestsError("Simulations are busy", 7), "TOO_MANY_REQUESTS"],
    ["TimeoutError", () => new other.TimeoutError("Took too long"), "SERVICE_UNAVAILABLE"],
    ["UnavailableError", () => new other.UnavailableError("No Chromium"), "SERVICE_UNAVAILABLE"],
  ] as const)("%s maps to %s", (_name, make, code) => {
    const mapped = toTRPCError(make());
    expect(mapped).toBeInstanceOf(TRPCError);
    expect(mapped?.code).toBe(code);
  });

  it("keeps a validation error's field errors and a conflict's details", () => {
    const mapped = toTRPCError(new other.ValidationError("Bad", { title: ["Too long"] }))!;
    expect(fieldErrorsOf(mapped)).toEqual({ title: ["Too long"] });
  });

  it("maps the simulation runner's busy and timeout errors from their own chunk", async () => {
    const runner = await freshCopy<typeof import("@/server/domain/scorecard/simulate-runner")>("@/server/domain/scorecard/simulate-runner");
    expect(toTRPCError(new runner.SimulationTimeoutError("stopped"))?.code).toBe("SERVICE_UNAVAILABLE");
    const pdf = await freshCopy<typeof import("@/server/domain/transfer/pdf")>("@/server/domain/transfer/pdf");
    expect(toTRPCError(new pdf.PdfUnavailableError("no chromium"))?.code).toBe("SERVICE_UNAVAILABLE");
  });

  it("leaves an unexpected error unmapped (it is logged and answered as a generic 500)", () => {
    expect(toTRPCError(new Error("boom"))).toBeNull();
    expect(toTRPCError({ code: "NOT_FOUND", message: "not a domain error" })).toBeNull();
  });
});

describe("the HTTP endpoint", () => {
  const SECRET = "test-secret-error-mapping-0123456789abcdef";
  let db: Db;
  let team: Awaited<ReturnType<typeof makeTeam>>;
  beforeAll(() => {
    process.env.AUTH_SECRET = SECRET;
  });
  beforeEach(async () => {
    db = await createTestDb();
    team = await makeTeam(db);
  });

  async function cookieFor(userId: string) {
    return `authjs.session-token=${await encode({ token: { sub: userId, sv: 1, sid: `session-of-${userId}` }, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 })}`;
  }
  async function batchGet(userId: string, calls: number) {
    const paths = Array.from({ length: calls }, () => "workspace.get").join(",");
    const input = Object.fromEntries(Array.from({ length: calls }, (_, i) => [i, { workspaceId: team.workspaceId }]));
    const q = new URLSearchParams({ batch: "1", input: JSON.stringify(input) });
    return serveTrpc(db, new Request(`http://127.0.0.1/api/trpc/${paths}?${q}`, { headers: { cookie: await cookieFor(userId) } }));
  }

  it("refuses a batch larger than the bound, and serves one at the bound", async () => {
    const over = await batchGet(team.members.viewer.id, MAX_BATCH_SIZE + 1);
    expect(over.status).toBe(400);
    const at = await batchGet(team.members.viewer.id, MAX_BATCH_SIZE);
    expect(at.status).toBe(200);
    expect((JSON.parse(await at.text()) as unknown[]).length).toBe(MAX_BATCH_SIZE);
  });

  it("marks every API answer as private and not to be stored", async () => {
    const res = await batchGet(team.members.viewer.id, 1);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
  });
});
