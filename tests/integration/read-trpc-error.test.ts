// The client's one reader of tRPC errors, fed by a real tRPC client talking to
// the real endpoint: what the server's errorFormatter sends is what the forms read.
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import { encode } from "next-auth/jwt";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clashesOf, conflictOf } from "@/app/_components/autosave/use-autosave";
import { readTrpcError } from "@/app/_components/trpc/read-trpc-error";
import type { Db } from "@/db/client";
import { serveTrpc } from "@/server/trpc/http";
import type { AppRouter } from "@/server/trpc/root";
import { makeCanvas, makeCategory } from "../helpers/customer-factories";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";

const SECRET = "test-secret-read-trpc-error-0123456789ab";
let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
});

/** A browser's tRPC client signed in as `userId`, its requests answered by the app's handler. */
async function clientFor(userId: string) {
  const token = await encode({
    token: { sub: userId, sv: 1, sid: `session-of-${userId}` },
    secret: SECRET,
    salt: "authjs.session-token",
    maxAge: 3600,
  });
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: "http://127.0.0.1/api/trpc",
        headers: { cookie: `authjs.session-token=${token}` },
        fetch: (url, init) => serveTrpc(db, new Request(url, init as RequestInit)),
      }),
    ],
  });
}

async function thrown(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error("the call succeeded");
}

describe("readTrpcError", () => {
  it("reads a refused input: code, status, the message and the messages per field", async () => {
    const client = await clientFor(team.members.editor.id);
    const error = readTrpcError(
      await thrown(client.category.create.mutate({ workspaceId: team.workspaceId, name: "", need: "Same-day repairs" })),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.httpStatus).toBe(400);
    expect(Object.keys(error.fieldErrors)).toEqual(["name"]);
    expect(error.fieldErrors.name).toHaveLength(1);
    expect(error.message).toContain("Name");
    expect(error.conflict).toBeNull();
  });

  it("reads another workspace's row as NOT_FOUND, with no field errors and no conflict", async () => {
    const client = await clientFor(team.members.editor.id);
    const elsewhere = await makeTeam(db);
    const theirs = await makeCategory(db, elsewhere.workspaceId);
    const error = readTrpcError(await thrown(client.category.get.query({ workspaceId: team.workspaceId, id: theirs.id })));
    expect(error).toEqual({ message: "Category not found", code: "NOT_FOUND", httpStatus: 404, fieldErrors: {}, conflict: null });
  });

  it("reads a delete that needs confirming: what would go with it", async () => {
    const client = await clientFor(team.members.editor.id);
    const category = await makeCategory(db, team.workspaceId, { name: "Fleet owners" });
    await makeCanvas(db, team.workspaceId, { categoryId: category.id });
    const error = readTrpcError(await thrown(client.category.delete.mutate({ workspaceId: team.workspaceId, id: category.id })));
    expect(error.code).toBe("CONFLICT");
    expect(error.httpStatus).toBe(409);
    expect(error.conflict).toEqual({ needsConfirm: true, canvases: 1, moments: 0, measures: 0, effectLinks: 0 });
  });

  it("reads a clash on the same field, and the autosave forms turn it into clashes to choose from", async () => {
    const ana = await clientFor(team.members.editor.id);
    const ben = await clientFor(team.members.admin.id);
    const category = await makeCategory(db, team.workspaceId);
    await ana.category.update.mutate({ workspaceId: team.workspaceId, id: category.id, version: 1, description: "Ana's" });
    const error = await thrown(
      ben.category.update.mutate({ workspaceId: team.workspaceId, id: category.id, version: 1, description: "Ben's" }),
    );
    const read = readTrpcError(error);
    expect(read.code).toBe("CONFLICT");
    const stale = conflictOf(error);
    expect(stale?.currentVersion).toBe(2);
    expect(stale?.changedBy).toBe(team.members.editor.name);
    expect(clashesOf(stale!).map(({ changedAt: _at, ...clash }) => clash)).toEqual([
      { field: "description", label: "Description", changedBy: team.members.editor.name, mine: "Ben's", theirs: "Ana's" },
    ]);
  });

  it("reads what is not an answer of our API: its own message, or a plain sentence", () => {
    expect(readTrpcError(new TypeError("Failed to fetch"))).toEqual({
      message: "Failed to fetch",
      code: null,
      httpStatus: null,
      fieldErrors: {},
      conflict: null,
    });
    expect(readTrpcError(new TRPCClientError("Unexpected end of JSON input")).code).toBeNull();
    expect(readTrpcError(null).message).toBe("Something went wrong. Please try again.");
    expect(readTrpcError("boom").message).toBe("Something went wrong. Please try again.");
  });

  it("finds no stale version in a conflict that is not one", async () => {
    const client = await clientFor(team.members.editor.id);
    const category = await makeCategory(db, team.workspaceId);
    await makeCanvas(db, team.workspaceId, { categoryId: category.id });
    expect(conflictOf(await thrown(client.category.delete.mutate({ workspaceId: team.workspaceId, id: category.id })))).toBeNull();
  });
});
