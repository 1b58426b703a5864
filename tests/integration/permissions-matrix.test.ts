import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { can } from "@/server/domain/permissions";
import { createTestDb } from "../helpers/db";
import { ALL_ROLES, makeTeam } from "../helpers/factories";
import { callPath, errorCode, listProcedures } from "../helpers/procedures";

const procedures = listProcedures();
const workspaceProcedures = procedures.filter((p) => p.inWorkspace);

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let other: Awaited<ReturnType<typeof makeTeam>>;
beforeAll(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  other = await makeTeam(db);
});

describe("the permission table guards every workspace procedure", () => {
  it("finds the procedures (the matrix is not vacuous)", () => {
    expect(workspaceProcedures.length).toBeGreaterThan(5);
  });

  it("every workspace mutation declares the action it performs", () => {
    const undeclared = workspaceProcedures.filter((p) => p.type === "mutation" && !p.meta?.action).map((p) => p.path);
    expect(undeclared).toEqual([]);
  });

  for (const procedure of workspaceProcedures) {
    const action = procedure.meta?.action ?? "workspace.read";
    it(`${procedure.path} (${action}) per role`, async () => {
      for (const role of ALL_ROLES) {
        const code = await errorCode(callPath(team.as[role], procedure.path, { workspaceId: team.workspaceId }));
        if (can(role, action)) expect.soft(code, `${role} on ${procedure.path}`).not.toBe("FORBIDDEN");
        else expect.soft(code, `${role} on ${procedure.path}`).toBe("FORBIDDEN");
        expect.soft(code, `${role} on ${procedure.path}`).not.toBe("INTERNAL_SERVER_ERROR");
      }
    });

    it(`${procedure.path} with another workspace's id is NOT_FOUND for every role`, async () => {
      for (const role of ALL_ROLES) {
        const code = await errorCode(callPath(team.as[role], procedure.path, { workspaceId: other.workspaceId }));
        expect.soft(code, `${role} on ${procedure.path}`).toBe("NOT_FOUND");
      }
    });
  }
});
