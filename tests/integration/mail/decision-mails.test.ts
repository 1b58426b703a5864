import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { mailOutbox, memberships } from "@/db/schema";
import { createTestDb } from "../../helpers/db";
import { makeTeam, makeUser } from "../../helpers/factories";

const APP = "https://crown.example.test";
let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: { workspaceId: string };

beforeAll(() => {
  process.env.APP_URL = APP;
});
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  ws = { workspaceId: team.workspaceId };
});

async function outbox() {
  return await db
    .select({
      to: mailOutbox.to,
      kind: mailOutbox.kind,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      workspaceId: mailOutbox.workspaceId,
    })
    .from(mailOutbox);
}

describe("decision mails", () => {
  it("a proposal asks every executive of the workspace for a decision, with an absolute link", async () => {
    const secondExec = await makeUser(db);
    await db.insert(memberships).values({ workspaceId: team.workspaceId, userId: secondExec.id, role: "executive" });
    const created = await team.as.editor.initiative.create({ ...ws, title: "Self-service booking" });
    const mails = await outbox();
    expect(mails.map((m) => m.to).sort()).toEqual([team.members.executive.email, secondExec.email].sort());
    const { slug } = (await team.as.viewer.workspace.list()).find((w) => w.id === team.workspaceId)!;
    for (const m of mails) {
      expect(m).toMatchObject({
        kind: "decision-requested",
        subject: "Your decision is requested: Self-service booking",
        workspaceId: team.workspaceId,
      });
      expect(m.text).toContain(`${APP}/w/${slug}/initiatives/${created.id}`);
    }
  });

  it("an approval tells the owner, with the reason; a rejection of a proposal says rejected", async () => {
    const a = await team.as.editor.initiative.create({ ...ws, title: "Loyalty card", ownerId: team.members.tracker.id });
    const b = await team.as.editor.initiative.create({ ...ws, title: "Night opening" });
    await db.delete(mailOutbox);
    await team.as.executive.initiative.decide({
      ...ws,
      id: a.id,
      version: a.version,
      decision: "approve",
      reason: "Customers asked for it",
    });
    await team.as.executive.initiative.decide({ ...ws, id: b.id, version: b.version, decision: "reject", reason: "Too costly this year" });
    const mails = await outbox();
    expect(mails).toHaveLength(2);
    const approved = mails.find((m) => m.kind === "decision-approved")!;
    expect(approved).toMatchObject({ to: team.members.tracker.email, subject: '"Loyalty card" was approved' });
    expect(approved.text).toContain("Reason given: Customers asked for it");
    // No owner: the author (the editor) is told.
    const rejected = mails.find((m) => m.kind === "decision-rejected")!;
    expect(rejected).toMatchObject({ to: team.members.editor.email, subject: '"Night opening" was rejected' });
    expect(rejected.text).toContain("Reason given: Too costly this year");
  });

  it("a refused decision writes no mail", async () => {
    const a = await team.as.editor.initiative.create({ ...ws, title: "Loyalty card" });
    await db.delete(mailOutbox);
    await expect(
      team.as.executive.initiative.decide({ ...ws, id: a.id, version: a.version + 5, decision: "approve", reason: "" }),
    ).rejects.toThrow();
    await expect(
      team.as.executive.initiative.decide({ ...ws, id: a.id, version: a.version, decision: "reject", reason: "" }),
    ).rejects.toThrow();
    expect(await outbox()).toEqual([]);
  });

  it("nobody is told of their own decision", async () => {
    const theirs = await team.as.admin.initiative.create({ ...ws, title: "Exec's own idea", ownerId: team.members.executive.id });
    await db.delete(mailOutbox);
    await team.as.executive.initiative.decide({ ...ws, id: theirs.id, version: theirs.version, decision: "approve", reason: "" });
    expect(await outbox()).toEqual([]);
  });
});
