import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { decisions, initiatives } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { callerFor, makeWorkspace } from "../helpers/factories";
import { failure } from "../helpers/initiative-factories";
import { makeRichWorkspace, normalised } from "../helpers/transfer-factories";

let db: Db;
beforeEach(async () => {
  db = await createTestDb();
});

/** A rich workspace where the admin has approved one proposal, so it has a decision log. */
async function decided() {
  const { workspace, admin } = await makeWorkspace(db, { name: "Northwind Car Care" });
  await makeRichWorkspace(db, workspace.id, { owner: admin.id, author: admin.id });
  const api = callerFor(db, admin.id);
  const proposal = (await db.select().from(initiatives).where(eq(initiatives.workspaceId, workspace.id))).find(
    (i) => i.status === "proposed",
  )!;
  await api.initiative.decide({
    workspaceId: workspace.id,
    id: proposal.id,
    version: proposal.version,
    decision: "approve",
    reason: "Worth it",
  });
  return { workspace, admin, api, proposal };
}

describe("the workspace file carries the decision log", () => {
  it("exports each decision by initiative ref with its figures, and a round trip keeps them", async () => {
    const { workspace, admin, api, proposal } = await decided();
    const original = await api.transfer.exportWorkspace({ workspaceId: workspace.id });
    const stored = (await db.select().from(decisions).where(eq(decisions.initiativeId, proposal.id)))[0]!;
    const ref = original.workspace.initiatives.find((i) => i.title === proposal.title)!.ref;
    expect(original.workspace.decisions).toEqual([
      {
        initiativeRef: ref,
        fromStatus: "proposed",
        outcome: "approved",
        reason: "Worth it",
        decidedBy: admin.email.toLowerCase(),
        modelNumber: stored.modelNumber,
        figures: stored.figures,
        decidedAt: stored.decidedAt,
      },
    ]);

    const result = await api.transfer.importWorkspace({ file: JSON.stringify(original) });
    const copy = await api.transfer.exportWorkspace({ workspaceId: result.workspace.id });
    expect(normalised(copy)).toEqual(normalised(original));
    const copied = await db.select().from(decisions).where(eq(decisions.workspaceId, result.workspace.id));
    expect(copied).toHaveLength(1);
    expect(copied[0]!.decidedBy).toBe(admin.id);
  });

  it("a file without a decision log (written before it existed) imports with none", async () => {
    const { workspace, api } = await decided();
    const file = await api.transfer.exportWorkspace({ workspaceId: workspace.id });
    const { decisions: _gone, ...older } = file.workspace;
    const result = await api.transfer.importWorkspace({ file: JSON.stringify({ ...file, workspace: older }) });
    expect(await db.select().from(decisions).where(eq(decisions.workspaceId, result.workspace.id))).toEqual([]);
  });

  it("refuses a decision on an initiative not in the file, or with unreadable figures, in plain words", async () => {
    const { workspace, api } = await decided();
    const good = await api.transfer.exportWorkspace({ workspaceId: workspace.id });
    const badRef = structuredClone(good);
    badRef.workspace.decisions[0]!.initiativeRef = "initiative-99";
    expect((await failure(api.transfer.importWorkspace({ file: JSON.stringify(badRef) }))).message).toBe(
      "The workspace file cannot be imported: workspace.decisions.0.initiativeRef: No initiative with ref “initiative-99” in the file",
    );
    const badOutcome = structuredClone(good) as unknown as { workspace: { decisions: Record<string, unknown>[] } };
    badOutcome.workspace.decisions[0]!.outcome = "maybe";
    expect((await failure(api.transfer.importWorkspace({ file: JSON.stringify(badOutcome) }))).message).toBe(
      "The workspace file cannot be imported: workspace.decisions.0.outcome: Choose one of: approved, cancelled",
    );
  });
});
