// Plan scenarios (issue 19): named changes to a plan's inputs, saved per
// workspace, versioned and audited. The plan domain applies them; here the
// API that keeps them: every rule, every role, every other workspace's id.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { initiatives, periods, scenarioCapacities, scenarioInitiatives, scenarios, scoringModels } from "@/db/schema";
import { loadScenario } from "@/server/domain/scenario/load";
import { createTestDb } from "../helpers/db";
import { databaseDigest } from "../helpers/digest";
import { makeTeam } from "../helpers/factories";
import { auditRows, failure, insertInitiative, insertPeriods } from "../helpers/initiative-factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let other: Awaited<ReturnType<typeof makeTeam>>;
let ws: { workspaceId: string };
let q1: { id: string };
let q2: { id: string };
let alpha: { id: string };
let beta: { id: string };
let gamma: { id: string };
const savedEnv = { ...process.env };

beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  other = await makeTeam(db);
  ws = { workspaceId: team.workspaceId };
  const made = await insertPeriods(db, team.workspaceId, ["2026-07-01", "2026-10-01"], 40);
  q1 = made[0]!;
  q2 = made[1]!;
  alpha = await insertInitiative(db, team.workspaceId, { title: "Alpha" });
  beta = await insertInitiative(db, team.workspaceId, { title: "Beta" });
  gamma = await insertInitiative(db, team.workspaceId, { title: "Gamma" });
});
afterEach(() => {
  process.env = { ...savedEnv };
});

const sorted = (ids: string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The call fails as BAD_REQUEST with this message on this field, and the database is exactly as before. */
async function refused(call: () => Promise<unknown>, field: string, message: string | RegExp) {
  const before = await databaseDigest(db);
  const error = await failure(call());
  expect(error.code).toBe("BAD_REQUEST");
  const messages = error.fieldErrors[field] ?? [];
  if (typeof message === "string") expect(messages).toContain(message);
  else expect(messages.join(" | ")).toMatch(message);
  expect(await databaseDigest(db)).toBe(before);
  return error;
}

describe("scenario.create, get and list", () => {
  it("saves a scenario with what it changes, answers it whole, and audits the creation", async () => {
    const created = await team.as.admin.scenario.create({
      ...ws,
      name: "  Q3 push  ",
      description: "What if we staff up in Q3?",
      scoringModelNumber: 1,
      capacities: [
        { periodId: q2.id, capacity: 55.5 },
        { periodId: q1.id, capacity: 60 },
      ],
      forceIn: [beta.id, alpha.id],
      forceOut: [gamma.id],
    });
    expect(created).toMatchObject({
      name: "Q3 push",
      description: "What if we staff up in Q3?",
      scoringModelNumber: 1,
      version: 1,
      // In the plan's period order, whatever order they were sent in.
      capacities: [
        { periodId: q1.id, capacity: 60 },
        { periodId: q2.id, capacity: 55.5 },
      ],
      forceIn: sorted([alpha.id, beta.id]),
      forceOut: [gamma.id],
    });
    // The editor also gets each forced initiative's title and status, by title.
    expect(await team.as.viewer.scenario.get({ ...ws, id: created.id })).toEqual({
      ...created,
      initiatives: [
        { id: alpha.id, title: "Alpha", status: "proposed" },
        { id: beta.id, title: "Beta", status: "proposed" },
        { id: gamma.id, title: "Gamma", status: "proposed" },
      ],
    });
    const audit = await auditRows(db, created.id);
    expect(audit.map((a) => [a.entityType, a.action, a.actorId])).toEqual([["scenario", "create", team.members.admin.id]]);
    expect((audit[0]!.after as { forceOut: string[] }).forceOut).toEqual([gamma.id]);
  });

  it("takes only a name: no description, the current model, no changes", async () => {
    const created = await team.as.executive.scenario.create({ ...ws, name: "Baseline" });
    expect(created).toMatchObject({
      name: "Baseline",
      description: "",
      scoringModelNumber: null,
      capacities: [],
      forceIn: [],
      forceOut: [],
    });
  });

  it("lists the workspace's scenarios by name, whatever the case, with counts of what each changes", async () => {
    await team.as.admin.scenario.create({ ...ws, name: "zeta", forceIn: [alpha.id, beta.id], forceOut: [gamma.id] });
    await team.as.admin.scenario.create({ ...ws, name: "Alpha plan", capacities: [{ periodId: q1.id, capacity: 0 }] });
    await team.as.admin.scenario.create({ ...ws, name: "beta plan", scoringModelNumber: 1 });
    await other.as.admin.scenario.create({ workspaceId: other.workspaceId, name: "Not theirs" });
    const list = await team.as.viewer.scenario.list(ws);
    expect(list.map((s) => [s.name, s.capacityCount, s.forceInCount, s.forceOutCount, s.scoringModelNumber, s.version])).toEqual([
      ["Alpha plan", 1, 0, 0, null, 1],
      ["beta plan", 0, 0, 0, 1, 1],
      ["zeta", 0, 2, 1, null, 1],
    ]);
    expect(list[0]!.capacities).toEqual([{ periodId: q1.id, capacity: 0 }]);
  });

  it("answers an empty list for a workspace without scenarios", async () => {
    expect(await team.as.viewer.scenario.list(ws)).toEqual([]);
  });
});

describe("scenario validation: every message, and nothing changed", () => {
  const create = (input: Record<string, unknown>) => () => team.as.admin.scenario.create({ ...ws, name: "Q3 push", ...input });

  it("needs a name of 1 to 80 characters", async () => {
    await refused(create({ name: "   " }), "name", "Give the scenario a name");
    await refused(create({ name: "n".repeat(81) }), "name", "Name: at most 80 characters (you have 81)");
    expect((await create({ name: "n".repeat(80) })()).name).toHaveLength(80);
  });

  it("refuses a name another scenario of the workspace has, whatever its case, but not one of another workspace", async () => {
    await team.as.admin.scenario.create({ ...ws, name: "Q3 push" });
    await refused(create({ name: "q3 PUSH" }), "name", "A scenario called “Q3 push” already exists: choose another name");
    await expect(other.as.admin.scenario.create({ workspaceId: other.workspaceId, name: "Q3 push" })).resolves.toMatchObject({
      name: "Q3 push",
    });
  });

  it("keeps a description to 1,000 characters", async () => {
    await refused(create({ description: "d".repeat(1_001) }), "description", "Description: at most 1,000 characters (you have 1,001)");
  });

  it("refuses capacities that are not a number from 0 to 1,000,000,000", async () => {
    await refused(create({ capacities: [{ periodId: q1.id, capacity: -1 }] }), "capacities.0.capacity", "Capacity cannot be negative");
    await refused(
      create({ capacities: [{ periodId: q1.id, capacity: 1_000_000_001 }] }),
      "capacities.0.capacity",
      "Capacity must be at most 1,000,000,000",
    );
    await refused(create({ capacities: [{ periodId: q1.id, capacity: "lots" }] }), "capacities.0.capacity", "Capacity must be a number");
  });

  it("refuses a period of another workspace, or one listed twice", async () => {
    const [theirs] = await insertPeriods(db, other.workspaceId, ["2026-07-01"]);
    await refused(
      create({ capacities: [{ periodId: theirs!.id, capacity: 10 }] }),
      "capacities.0.periodId",
      "This period is not in this workspace: it may have been deleted. Reload the page.",
    );
    await refused(
      create({
        capacities: [
          { periodId: q1.id, capacity: 10 },
          { periodId: q1.id, capacity: 20 },
        ],
      }),
      "capacities.1.periodId",
      "P1 is listed twice: give each period one capacity",
    );
  });

  it("refuses initiatives of another workspace, listed twice, or both forced in and out", async () => {
    const theirs = await insertInitiative(db, other.workspaceId, { title: "Their secret" });
    const error = await refused(
      create({ forceIn: [alpha.id, theirs.id] }),
      "forceIn",
      "One initiative in this list is not in this workspace: it may have been deleted. Reload the page.",
    );
    expect(error.message).not.toContain("Their secret");
    await refused(create({ forceOut: [beta.id, beta.id] }), "forceOut", "“Beta” is listed twice");
    const both = await refused(
      create({ forceIn: [alpha.id, gamma.id], forceOut: [gamma.id] }),
      "forceIn",
      "“Gamma” cannot be both forced in and forced out",
    );
    expect(both.fieldErrors.forceOut).toEqual(["“Gamma” cannot be both forced in and forced out"]);
  });

  it("forces at most 1,000 initiatives in, and 1,000 out", async () => {
    const many = Array.from({ length: 1_001 }, (_, i) => `id-${i}`);
    await refused(create({ forceIn: many }), "forceIn", "At most 1,000 initiatives can be forced in");
    await refused(create({ forceOut: many }), "forceOut", "At most 1,000 initiatives can be forced out");
  });

  it("takes a scoring model version only if the workspace has it", async () => {
    await refused(create({ scoringModelNumber: 7 }), "scoringModelNumber", "This workspace has no scoring model version 7");
    await refused(create({ scoringModelNumber: 1.5 }), "scoringModelNumber", "A model version is a whole number");
    await refused(create({ scoringModelNumber: 0 }), "scoringModelNumber", "A model version is 1 or more");
    // Another workspace's version 2 is not this workspace's.
    const [v1] = await db.select().from(scoringModels).where(eq(scoringModels.workspaceId, other.workspaceId));
    await db.insert(scoringModels).values({ ...v1!, id: undefined, number: 2, note: "Theirs" });
    await refused(create({ scoringModelNumber: 2 }), "scoringModelNumber", "This workspace has no scoring model version 2");
  });

  it("reports every problem at once, by field", async () => {
    const error = await refused(
      create({ scoringModelNumber: 9, forceIn: [alpha.id], forceOut: [alpha.id] }),
      "scoringModelNumber",
      /version 9/,
    );
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["forceIn", "forceOut", "scoringModelNumber"]);
  });
});

describe("scenario.update", () => {
  async function q3Push() {
    return await team.as.admin.scenario.create({
      ...ws,
      name: "Q3 push",
      capacities: [{ periodId: q1.id, capacity: 60 }],
      forceIn: [alpha.id],
      forceOut: [gamma.id],
    });
  }

  it("changes the fields given, replaces each list given, keeps the others, moves the version and audits", async () => {
    const s = await q3Push();
    const updated = await team.as.executive.scenario.update({
      ...ws,
      id: s.id,
      expectedVersion: 1,
      name: "Q3 and Q4 push",
      capacities: [{ periodId: q2.id, capacity: 70 }],
      forceIn: [beta.id],
    });
    expect(updated).toMatchObject({
      name: "Q3 and Q4 push",
      version: 2,
      capacities: [{ periodId: q2.id, capacity: 70 }],
      forceIn: [beta.id],
      forceOut: [gamma.id],
    });
    expect(await db.select().from(scenarioCapacities).where(eq(scenarioCapacities.scenarioId, s.id))).toEqual([
      { scenarioId: s.id, periodId: q2.id, capacity: 70 },
    ]);
    const audit = await auditRows(db, s.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1]!.changes).toEqual(["name", "capacities", "forceIn"]);
    expect((audit[1]!.before as { name: string }).name).toBe("Q3 push");
  });

  it("moves the version when only a list changes", async () => {
    const s = await q3Push();
    expect(await team.as.admin.scenario.update({ ...ws, id: s.id, expectedVersion: 1, forceOut: [] })).toMatchObject({
      version: 2,
      forceOut: [],
    });
  });

  it("is a CONFLICT naming who changed it when the version is stale, and changes nothing", async () => {
    const s = await q3Push();
    await team.as.admin.scenario.update({ ...ws, id: s.id, expectedVersion: 1, description: "First" });
    const before = await databaseDigest(db);
    const stale = await failure(team.as.executive.scenario.update({ ...ws, id: s.id, expectedVersion: 1, description: "Second" }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe(`This scenario was changed by ${team.members.admin.name} since you opened it.`);
    expect(await databaseDigest(db)).toBe(before);
  });

  it("checks a new forced-in list against the forced-out list it keeps", async () => {
    const s = await q3Push();
    const error = await refused(
      () => team.as.admin.scenario.update({ ...ws, id: s.id, expectedVersion: 1, forceIn: [gamma.id] }),
      "forceIn",
      "“Gamma” cannot be both forced in and forced out",
    );
    expect(error.fieldErrors.forceOut).toBeUndefined();
  });

  it("keeps its own name in another case, but not another scenario's", async () => {
    const s = await q3Push();
    await team.as.admin.scenario.create({ ...ws, name: "Lean" });
    expect((await team.as.admin.scenario.update({ ...ws, id: s.id, expectedVersion: 1, name: "Q3 PUSH" })).name).toBe("Q3 PUSH");
    await refused(
      () => team.as.admin.scenario.update({ ...ws, id: s.id, expectedVersion: 2, name: "lean" }),
      "name",
      "A scenario called “Lean” already exists: choose another name",
    );
  });
});

describe("scenario.delete and duplicate", () => {
  it("deletes a scenario with its changes, only at the version read, and audits it", async () => {
    const s = await team.as.admin.scenario.create({
      ...ws,
      name: "Gone",
      capacities: [{ periodId: q1.id, capacity: 1 }],
      forceIn: [alpha.id],
    });
    await team.as.admin.scenario.update({ ...ws, id: s.id, expectedVersion: 1, description: "v2" });
    const stale = await failure(team.as.admin.scenario.delete({ ...ws, id: s.id, expectedVersion: 1 }));
    expect(stale.code).toBe("CONFLICT");
    expect(await team.as.admin.scenario.delete({ ...ws, id: s.id, expectedVersion: 2 })).toEqual({ deleted: true, id: s.id });
    expect(await db.select().from(scenarios).where(eq(scenarios.id, s.id))).toEqual([]);
    expect(await db.select().from(scenarioCapacities).where(eq(scenarioCapacities.scenarioId, s.id))).toEqual([]);
    expect(await db.select().from(scenarioInitiatives).where(eq(scenarioInitiatives.scenarioId, s.id))).toEqual([]);
    expect((await auditRows(db, s.id)).map((a) => a.action)).toEqual(["create", "update", "delete"]);
  });

  it("duplicates a scenario under a new name, with all it changes", async () => {
    const s = await team.as.admin.scenario.create({
      ...ws,
      name: "Original",
      description: "Keep me",
      scoringModelNumber: 1,
      capacities: [{ periodId: q2.id, capacity: 12 }],
      forceIn: [alpha.id],
      forceOut: [beta.id],
    });
    const copy = await team.as.executive.scenario.duplicate({ ...ws, id: s.id, name: "Original, leaner" });
    expect(copy.id).not.toBe(s.id);
    expect(copy).toMatchObject({
      name: "Original, leaner",
      description: "Keep me",
      scoringModelNumber: 1,
      version: 1,
      capacities: [{ periodId: q2.id, capacity: 12 }],
      forceIn: [alpha.id],
      forceOut: [beta.id],
    });
    const audit = await auditRows(db, copy.id);
    expect(audit.map((a) => [a.action, (a.after as { duplicatedFrom?: string }).duplicatedFrom])).toEqual([["create", s.id]]);
    await refused(
      () => team.as.admin.scenario.duplicate({ ...ws, id: s.id, name: "original" }),
      "name",
      "A scenario called “Original” already exists: choose another name",
    );
  });
});

describe("scenario permissions and tenancy", () => {
  it("lets admins and executives write, refuses the other roles in words, and lets every role read", async () => {
    const s = await team.as.admin.scenario.create({ ...ws, name: "Shared" });
    for (const role of ["editor", "tracker", "viewer"] as const) {
      const before = await databaseDigest(db);
      for (const call of [
        () => team.as[role].scenario.create({ ...ws, name: `By ${role}` }),
        () => team.as[role].scenario.update({ ...ws, id: s.id, expectedVersion: 1, name: "Renamed" }),
        () => team.as[role].scenario.delete({ ...ws, id: s.id, expectedVersion: 1 }),
        () => team.as[role].scenario.duplicate({ ...ws, id: s.id, name: "Copy" }),
      ]) {
        const error = await failure(call());
        expect(error.code, role).toBe("FORBIDDEN");
        expect(error.message).toBe(`Your role (${role}) cannot create and change plan scenarios. Ask a workspace admin.`);
      }
      expect(await databaseDigest(db)).toBe(before);
    }
    for (const role of ["admin", "executive", "editor", "tracker", "viewer"] as const) {
      expect(
        (await team.as[role].scenario.list(ws)).map((x) => x.name),
        role,
      ).toEqual(["Shared"]);
      expect((await team.as[role].scenario.get({ ...ws, id: s.id })).name, role).toBe("Shared");
    }
  });

  it("answers NOT_FOUND for another workspace's scenario, and changes nothing", async () => {
    const theirs = await other.as.admin.scenario.create({ workspaceId: other.workspaceId, name: "Theirs" });
    const before = await databaseDigest(db);
    for (const call of [
      () => team.as.admin.scenario.get({ ...ws, id: theirs.id }),
      () => team.as.admin.scenario.update({ ...ws, id: theirs.id, expectedVersion: 1, name: "Mine now" }),
      () => team.as.admin.scenario.delete({ ...ws, id: theirs.id, expectedVersion: 1 }),
      () => team.as.admin.scenario.duplicate({ ...ws, id: theirs.id, name: "Copied" }),
    ]) {
      const error = await failure(call());
      expect(error.code).toBe("NOT_FOUND");
      expect(error.message).toBe("Scenario not found");
    }
    expect(await databaseDigest(db)).toBe(before);
    // And a member of another workspace cannot ask about this one at all.
    expect((await failure(other.as.admin.scenario.list(ws))).code).toBe("NOT_FOUND");
  });

  it("loadScenario gives the plan domain the get shape, and NotFound for another workspace's id", async () => {
    const s = await team.as.admin.scenario.create({ ...ws, name: "For the plan", forceIn: [alpha.id] });
    expect(await loadScenario(db, team.workspaceId, s.id)).toEqual(s);
    await expect(loadScenario(db, other.workspaceId, s.id)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Scenario not found" });
  });
});

describe("the scenario quota", () => {
  it("refuses the scenario past the quota, by create or duplicate, with what to do", async () => {
    process.env.QUOTA_SCENARIOS = "2";
    const first = await team.as.admin.scenario.create({ ...ws, name: "One" });
    await team.as.admin.scenario.create({ ...ws, name: "Two" });
    const before = await databaseDigest(db);
    for (const call of [
      () => team.as.admin.scenario.create({ ...ws, name: "Three" }),
      () => team.as.admin.scenario.duplicate({ ...ws, id: first.id, name: "Three" }),
    ]) {
      const error = await failure(call());
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toBe(
        "This workspace holds at most 2 plan scenarios and is full. Remove some, or ask whoever runs this installation to raise QUOTA_SCENARIOS.",
      );
    }
    expect(await databaseDigest(db)).toBe(before);
  });

  it("holds 100 scenarios by default", async () => {
    delete process.env.QUOTA_SCENARIOS;
    await db.insert(scenarios).values(Array.from({ length: 100 }, (_, i) => ({ workspaceId: team.workspaceId, name: `S${i}` })));
    const error = await failure(team.as.admin.scenario.create({ ...ws, name: "One more" }));
    expect(error.message).toMatch(/^This workspace holds at most 100 plan scenarios and is full\./);
  });
});

describe("what goes with a period or an initiative", () => {
  it("drops a deleted period's override and a deleted initiative's force from the scenario", async () => {
    const s = await team.as.admin.scenario.create({
      ...ws,
      name: "Fragile",
      capacities: [
        { periodId: q1.id, capacity: 5 },
        { periodId: q2.id, capacity: 6 },
      ],
      forceIn: [alpha.id, beta.id],
    });
    await db.delete(periods).where(eq(periods.id, q1.id));
    await db.delete(initiatives).where(eq(initiatives.id, alpha.id));
    expect(await team.as.admin.scenario.get({ ...ws, id: s.id })).toMatchObject({
      capacities: [{ periodId: q2.id, capacity: 6 }],
      forceIn: [beta.id],
    });
  });
});
