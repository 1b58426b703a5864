// The scenario quota holds on the workspace file's import too. In a file of
// its own: on PostgreSQL the import runs in a worker thread, which reads the
// environment once, when it starts, so the quota is set before anything runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTestDb } from "../helpers/db";
import { databaseDigest } from "../helpers/digest";
import { makeTeam } from "../helpers/factories";
import { failure } from "../helpers/initiative-factories";

const savedEnv = { ...process.env };
let db: Db;
beforeAll(async () => {
  process.env.QUOTA_SCENARIOS = "1";
  db = await createTestDb();
});
afterAll(() => {
  process.env = { ...savedEnv };
});

describe("the scenario quota on import", () => {
  it("refuses a file with more scenarios than the quota, before writing anything", async () => {
    const team = await makeTeam(db);
    const ws = { workspaceId: team.workspaceId };
    await team.as.admin.scenario.create({ ...ws, name: "Only one" });
    const file = await team.as.admin.transfer.exportWorkspace(ws);
    file.workspace.scenarios.push({ ...file.workspace.scenarios[0]!, name: "One too many" });
    const digest = await databaseDigest(db);
    const e = await failure(team.as.admin.transfer.importWorkspace({ file: JSON.stringify(file) }));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.message).toBe(
      "The workspace file cannot be imported: This would make 2 plan scenarios; a workspace holds at most 1 (room for 1 more). Remove some, or ask whoever runs this installation to raise QUOTA_SCENARIOS.",
    );
    expect(await databaseDigest(db)).toBe(digest);
  });
});
