import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTestDb } from "../helpers/db";
import { databaseDigest } from "../helpers/digest";
import { callerFor, makeTeam } from "../helpers/factories";
import { callPath, errorCode, listProcedures } from "../helpers/procedures";

const CLIENT_ERRORS = new Set(["BAD_REQUEST", "NOT_FOUND", "FORBIDDEN", "CONFLICT", "UNAUTHORIZED", "TOO_MANY_REQUESTS"]);

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
beforeAll(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
});

/** Values that are often nearly right: real ids, edge numbers, long strings, wrong types. */
function valueArbitrary(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(team.workspaceId, team.members.viewer.id, "", "x".repeat(20_000)),
    fc.integer({ min: -5, max: 5 }),
    fc.constantFrom(0, -1, 1e13, -1e13, 0.5, Number.MAX_SAFE_INTEGER),
    fc.string({ maxLength: 30 }),
    fc.array(fc.record({ momentId: fc.string(), effect: fc.integer({ min: -5, max: 5 }) }), { maxLength: 3 }),
    fc.record({ low: fc.integer(), likely: fc.integer(), high: fc.integer() }),
  );
}

describe("arbitrary input to every procedure", () => {
  const procedures = listProcedures();

  it("covers the whole router", () => {
    expect(procedures.length).toBeGreaterThan(10);
  });

  for (const procedure of procedures) {
    it(`${procedure.path}: success or a client error, and a failure changes nothing`, async () => {
      const keys = [...new Set([...procedure.inputKeys, "workspaceId", "id", "version"])];
      const input = fc.oneof(
        fc.record(Object.fromEntries(keys.map((k) => [k, valueArbitrary()])), { requiredKeys: [] }).map((r) => ({
          workspaceId: team.workspaceId,
          ...r,
        })),
        fc.jsonValue({ maxDepth: 2 }),
      );
      await fc.assert(
        fc.asyncProperty(input, fc.constantFrom("admin", "editor", "anonymous"), async (raw, who) => {
          const caller = who === "anonymous" ? callerFor(db, null) : team.as[who];
          const before = await databaseDigest(db);
          const code = await errorCode(callPath(caller, procedure.path, raw));
          if (code === "OK") return;
          expect(CLIENT_ERRORS.has(code), `${procedure.path} answered ${code} to ${JSON.stringify(raw)?.slice(0, 300)}`).toBe(true);
          expect(await databaseDigest(db)).toBe(before);
        }),
        { numRuns: procedure.path === "auth.signUp" ? 10 : 30, seed: 20261123 },
      );
    });
  }
});
