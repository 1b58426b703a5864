import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { digestSubscriptions, mailOutbox } from "@/db/schema";
import { digestContent, snapshotOf } from "@/server/mail/digest/changes";
import { sendDueDigests } from "@/server/mail/digest/send-digests";
import { setDigest, unsubscribeDigest } from "@/server/mail/digest/subscriptions";
import { createTestDb } from "../../helpers/db";
import { makeTeam, makeWorkspace } from "../../helpers/factories";
import { insertInitiative } from "../../helpers/initiative-factories";

const APP = "https://crown.example.test";
const DAY = 86_400_000;
const MON = Date.UTC(2026, 7, 10, 6, 0, 0);

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
beforeAll(() => {
  process.env.APP_URL = APP;
  process.env.AUTH_SECRET = "test-secret-0123456789abcdef0123456789";
});
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
});

async function digests() {
  return await db
    .select({ to: mailOutbox.to, subject: mailOutbox.subject, text: mailOutbox.text })
    .from(mailOutbox)
    .where(eq(mailOutbox.kind, "digest"));
}

describe("the digest's content", () => {
  const items = [
    { id: "a", title: "Alpha", rank: 1, scheduled: true, endPeriod: 2 },
    { id: "b", title: "Bravo", rank: 2, scheduled: true, endPeriod: 1 },
    { id: "c", title: "Charlie", rank: 3, scheduled: false, endPeriod: null },
  ];
  const label = (i: number) => `Q${i + 1}`;

  it("names new top-10 entrants and slips against the last digest's snapshot", () => {
    const before = { top: ["a", "c"], ends: { a: 2, b: 0, c: 1 } };
    expect(digestContent(items, before, [], label)).toEqual({
      newInTop: ["#2 Bravo"],
      statusChanges: [],
      slipped: ["Bravo: now due in Q2 (was Q1)", "Charlie: no longer fits the plan (was due in Q2)"],
    });
  });

  it("lists the whole top 10 for a first digest, and no slips", () => {
    expect(digestContent(items, null, [], label)).toEqual({
      newInTop: ["#1 Alpha", "#2 Bravo", "#3 Charlie"],
      statusChanges: [],
      slipped: [],
    });
    expect(snapshotOf(items)).toEqual({ top: ["a", "b", "c"], ends: { a: 2, b: 1, c: null } });
  });
});

describe("weekly digests", () => {
  it("are opt-in, sent once a week however often the due-check runs, and say what changed", async () => {
    const me = team.members.viewer;
    await setDigest(db, me.id, { workspaceId: team.workspaceId, on: true }, MON);
    await insertInitiative(db, team.workspaceId, { title: "Self-service booking" });
    // Nobody else opted in; this one is not due before a week has passed.
    expect(await sendDueDigests(db, MON + 6 * DAY)).toBe(0);
    expect(await sendDueDigests(db, MON + 7 * DAY)).toBe(1);
    expect(await sendDueDigests(db, MON + 7 * DAY + 3600_000)).toBe(0);
    expect(await sendDueDigests(db, MON + 13 * DAY)).toBe(0);
    const [first] = await digests();
    expect(first).toMatchObject({ to: me.email });
    expect(first!.subject).toMatch(/^Your week in /);
    expect(first!.text).toContain("The top 10 now");
    expect(first!.text).toContain("#1 Self-service booking");
    expect(first!.text).toContain(`${APP}/unsubscribe?token=`);
    expect(await sendDueDigests(db, MON + 14 * DAY)).toBe(1);
    expect(await digests()).toHaveLength(2);
  });

  it("two instances checking at once write one digest", async () => {
    await setDigest(db, team.members.editor.id, { workspaceId: team.workspaceId, on: true }, MON);
    const counts = await Promise.all([sendDueDigests(db, MON + 7 * DAY), sendDueDigests(db, MON + 7 * DAY)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await digests()).toHaveLength(1);
  });

  it("the unsubscribe link works without signing in, once, and a forged one is refused", async () => {
    await setDigest(db, team.members.editor.id, { workspaceId: team.workspaceId, on: true }, MON);
    await sendDueDigests(db, MON + 7 * DAY);
    const token = decodeURIComponent(/unsubscribe\?token=(\S+)/.exec((await digests())[0]!.text)![1]!);
    await expect(unsubscribeDigest(db, { token: `${token.split(".")[0]}.forged-signature` })).rejects.toThrow(/not valid/);
    expect(await unsubscribeDigest(db, { token })).toMatchObject({ stopped: true });
    expect(await db.select().from(digestSubscriptions)).toEqual([]);
    expect(await unsubscribeDigest(db, { token })).toMatchObject({ stopped: false });
    expect(await sendDueDigests(db, MON + 30 * DAY)).toBe(0);
  });

  it("cannot be turned on for a workspace the person is not a member of", async () => {
    const other = await makeWorkspace(db);
    await expect(setDigest(db, team.members.editor.id, { workspaceId: other.workspace.id, on: true }, MON)).rejects.toThrow(/not found/);
    expect(await db.select().from(digestSubscriptions)).toEqual([]);
  });
});
