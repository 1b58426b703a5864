// One text rule for every input: a lone surrogate or a NUL is refused with
// the field named and nothing stored (a lone surrogate was stored as invalid
// UTF-8 and read back as something else).
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
});

async function categoryNames() {
  const page = await team.as.editor.category.list({ workspaceId: team.workspaceId });
  return page.items.map((c) => c.name);
}

describe("text that cannot be stored faithfully", () => {
  it("refuses a lone surrogate, names the field, and stores nothing", async () => {
    await expect(
      team.as.editor.category.create({ workspaceId: team.workspaceId, name: "Busy \ud800x", need: "Quick answers" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("name: contains a broken character"),
    });
    expect(await categoryNames()).toEqual([]);
  });

  it("refuses a NUL anywhere in the input, nested fields included", async () => {
    const created = await team.as.editor.category.create({ workspaceId: team.workspaceId, name: "Busy parents", need: "Quick answers" });
    await expect(
      team.as.editor.category.update({
        workspaceId: team.workspaceId,
        id: created.id,
        version: created.version,
        need: "fast\u0000service",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("need: contains a NUL character") });
    expect(await categoryNames()).toEqual(["Busy parents"]);
  });

  it("keeps text with characters outside the basic plane exactly as typed", async () => {
    await team.as.editor.category.create({ workspaceId: team.workspaceId, name: "Fans 🚗 of ĉars", need: "Quick answers" });
    expect(await categoryNames()).toEqual(["Fans 🚗 of ĉars"]);
  });
});
