// Scenarios in the workspace file (docs/workspace-format.md): written with
// the file's refs for periods and initiatives, read back into a new
// workspace with new ids, and refused in plain words when they point at
// nothing. A file from before scenarios existed still imports.
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { scenarios } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { databaseDigest } from "../helpers/digest";
import { callerFor, makeWorkspace } from "../helpers/factories";
import { failure } from "../helpers/initiative-factories";
import { makeRichWorkspace, normalised, type WorkspaceFileJson } from "../helpers/transfer-factories";

let db: Db;
beforeEach(async () => {
  db = await createTestDb();
});

type File = WorkspaceFileJson;

/** The rich workspace (periods Q1, Q2 2027; initiatives platform, fixed, sms, cancelled in that order) with two scenarios. */
async function withScenarios() {
  const { workspace, admin } = await makeWorkspace(db, { name: "Northwind Car Care" });
  const rich = await makeRichWorkspace(db, workspace.id, { owner: admin.id, author: admin.id });
  const api = callerFor(db, admin.id);
  const ws = { workspaceId: workspace.id };
  const [q1, q2] = rich.periods;
  const { platform, fixed, sms } = rich.initiatives;
  await api.scenario.create({
    ...ws,
    name: "Stretch",
    description: "Two more people from Q2",
    scoringModelNumber: 2,
    capacities: [
      { periodId: q2!.id, capacity: 20 },
      { periodId: q1!.id, capacity: 1_500.5 },
    ],
    forceIn: [sms.id, fixed.id],
    forceOut: [platform.id],
  });
  await api.scenario.create({ ...ws, name: "Baseline" });
  return { workspace, admin, api, ws };
}

describe("scenarios in the workspace file", () => {
  it("are written by name with refs, in the plan's order, and without ids", async () => {
    const { workspace, admin, api } = await withScenarios();
    const file = await api.transfer.exportWorkspace({ workspaceId: workspace.id });
    expect(file.workspace.scenarios).toEqual([
      {
        name: "Baseline",
        description: "",
        scoringModelNumber: null,
        capacities: [],
        forceIn: [],
        forceOut: [],
        createdBy: admin.email,
        createdAt: expect.any(Number) as number,
      },
      {
        name: "Stretch",
        description: "Two more people from Q2",
        scoringModelNumber: 2,
        capacities: [
          { periodRef: "period-1", capacity: 1_500.5 },
          { periodRef: "period-2", capacity: 20 },
        ],
        forceIn: ["initiative-2", "initiative-3"],
        forceOut: ["initiative-1"],
        createdBy: admin.email,
        createdAt: expect.any(Number) as number,
      },
    ]);
  });

  it("round trip: importing the export gives the same scenarios on the new workspace's own periods and initiatives", async () => {
    const { workspace, api } = await withScenarios();
    const original = await api.transfer.exportWorkspace({ workspaceId: workspace.id });
    const result = await api.transfer.importWorkspace({ file: JSON.stringify(original) });
    expect(result.counts.scenarios).toBe(2);
    const copy = await api.transfer.exportWorkspace({ workspaceId: result.workspace.id });
    expect(normalised(copy)).toEqual(normalised(original));

    // Through the API, the copy's scenario names the copy's rows, by title and label.
    const target = { workspaceId: result.workspace.id };
    const [, stretch] = await api.scenario.list(target);
    const got = await api.scenario.get({ ...target, id: stretch!.id });
    const labels = new Map((await api.period.list(target)).map((p) => [p.id, p.label]));
    const titles = new Map((await api.initiative.list({ ...target, limit: 50 })).items.map((i) => [i.id, i.title]));
    expect(got.capacities.map((c) => [labels.get(c.periodId), c.capacity])).toEqual([
      ["Q1 2027", 1_500.5],
      ["Q2 2027", 20],
    ]);
    expect(got.forceIn.map((id) => titles.get(id)).sort()).toEqual(["Fixed return time", "Text when ready"]);
    expect(got.forceOut.map((id) => titles.get(id))).toEqual(["Booking platform"]);
    expect(got).toMatchObject({ name: "Stretch", scoringModelNumber: 2, version: 1 });
  });

  it("imports a file written before scenarios existed (no `scenarios` key) with none", async () => {
    const { workspace, api } = await withScenarios();
    const file = (await api.transfer.exportWorkspace({ workspaceId: workspace.id })) as unknown as File;
    delete file.workspace.scenarios;
    const result = await api.transfer.importWorkspace({ file: JSON.stringify(file) });
    expect(result.counts.scenarios).toBe(0);
    expect(await db.select().from(scenarios).where(eq(scenarios.workspaceId, result.workspace.id))).toEqual([]);
  });

  it("refuses scenarios that point at nothing or break the API's rules, naming where, and creates nothing", async () => {
    const { workspace, api } = await withScenarios();
    const good = await api.transfer.exportWorkspace({ workspaceId: workspace.id });
    const digest = await databaseDigest(db);
    const attempt = async (change: (w: typeof good.workspace) => void) => {
      const file = structuredClone(good);
      change(file.workspace);
      return await failure(api.transfer.importWorkspace({ file: JSON.stringify(file) }));
    };
    const stretch = (w: typeof good.workspace) => w.scenarios[1]!;

    let e = await attempt((w) => (stretch(w).capacities[0]!.periodRef = "period-99"));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.message).toBe(
      "The workspace file cannot be imported: workspace.scenarios.1.capacities.0.periodRef: No period with ref “period-99” in the file",
    );
    e = await attempt((w) => (stretch(w).capacities[1]!.periodRef = "period-1"));
    expect(e.fieldErrors).toEqual({
      "workspace.scenarios.1.capacities.1.periodRef": ["One capacity per period: this period is listed twice"],
    });
    e = await attempt((w) => stretch(w).forceIn.push("initiative-1"));
    expect(e.fieldErrors).toEqual({ "workspace.scenarios.1.forceOut.0": ["This initiative cannot be both forced in and forced out"] });
    e = await attempt((w) => stretch(w).forceOut.push("initiative-1"));
    expect(e.fieldErrors).toEqual({ "workspace.scenarios.1.forceOut.1": ["This initiative is listed twice"] });
    e = await attempt((w) => (stretch(w).forceOut[0] = "initiative-42"));
    expect(e.fieldErrors).toEqual({ "workspace.scenarios.1.forceOut.0": ["No initiative with ref “initiative-42” in the file"] });
    e = await attempt((w) => (stretch(w).scoringModelNumber = 3));
    expect(e.fieldErrors).toEqual({ "workspace.scenarios.1.scoringModelNumber": ["No scoring model version 3 in the file"] });
    e = await attempt((w) => (w.scenarios[0]!.name = "STRETCH"));
    expect(e.fieldErrors).toEqual({ "workspace.scenarios.1.name": ["A scenario called “Stretch” appears twice"] });
    e = await attempt((w) => (stretch(w).capacities[0]!.capacity = -5));
    expect(e.fieldErrors).toEqual({ "workspace.scenarios.1.capacities.0.capacity": ["Capacity cannot be negative"] });
    e = await attempt((w) => (stretch(w).name = "x".repeat(81)));
    expect(e.fieldErrors).toEqual({ "workspace.scenarios.1.name": ["Name: at most 80 characters (you have 81)"] });

    expect(await databaseDigest(db)).toBe(digest);
  });

  it("takes version 1 of a file without models: the new workspace has the default version 1", async () => {
    const { workspace, api } = await withScenarios();
    const file = structuredClone(await api.transfer.exportWorkspace({ workspaceId: workspace.id }));
    file.workspace.scoringModels = [];
    file.workspace.scenarios[1]!.scoringModelNumber = 1;
    const result = await api.transfer.importWorkspace({ file: JSON.stringify(file) });
    expect((await api.scenario.list({ workspaceId: result.workspace.id })).map((s) => [s.name, s.scoringModelNumber])).toEqual([
      ["Baseline", null],
      ["Stretch", 1],
    ]);
    file.workspace.scenarios[1]!.scoringModelNumber = 2;
    expect((await failure(api.transfer.importWorkspace({ file: JSON.stringify(file) }))).fieldErrors).toEqual({
      "workspace.scenarios.1.scoringModelNumber": ["No scoring model version 2 in the file"],
    });
  });
});
