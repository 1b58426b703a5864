import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, initiativeEffects, shareLinks } from "@/db/schema";
import { downloadResponse } from "@/server/http/downloads";
import { createTestDb } from "../helpers/db";
import { ALL_ROLES, callerFor, makeTeam } from "../helpers/factories";
import { failure, insertInitiative, insertMoments, insertPeriods } from "../helpers/initiative-factories";
import { callPath, errorCode, listProcedures } from "../helpers/procedures";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let other: Awaited<ReturnType<typeof makeTeam>>;
let ws: { workspaceId: string };
const DAY = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  other = await makeTeam(db);
  ws = { workspaceId: team.workspaceId };
});

const anonymous = () => callerFor(db, null);

describe("creating a share link", () => {
  it("gives a random token of 256 bits once, stores only its sha256, and expires after the days asked", async () => {
    const before = Date.now();
    const link = await team.as.executive.share.create({ ...ws, label: "Board pack", expiresInDays: 7 });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(link.token, "base64url")).toHaveLength(32);
    expect(link.path).toBe(`/share/${link.token}`);
    expect(link).not.toHaveProperty("tokenHash");
    expect(link.expiresAt).toBeGreaterThanOrEqual(before + 7 * DAY);
    expect(link.expiresAt).toBeLessThanOrEqual(Date.now() + 7 * DAY);

    const row = (await db.select().from(shareLinks).where(eq(shareLinks.id, link.id)))[0]!;
    expect(row.tokenHash).toBe(createHash("sha256").update(link.token).digest("hex"));
    // The token itself is nowhere in the database: not in the row, not in the audit trail.
    const stored = JSON.stringify([await db.select().from(shareLinks), await db.select().from(auditLog)]);
    expect(stored).not.toContain(link.token);
    expect((await db.select().from(auditLog).where(eq(auditLog.entityId, link.id))).map((a) => a.action)).toEqual(["create"]);

    const second = await team.as.admin.share.create({ ...ws, expiresInDays: 1 });
    expect(second.token).not.toBe(link.token);
  });

  it("takes 1 to 90 days, and only admins and executives may share (share.manage)", async () => {
    expect((await failure(team.as.admin.share.create({ ...ws, expiresInDays: 0 }))).code).toBe("BAD_REQUEST");
    expect((await failure(team.as.admin.share.create({ ...ws, expiresInDays: 91 }))).code).toBe("BAD_REQUEST");
    await expect(team.as.admin.share.create({ ...ws, expiresInDays: 90 })).resolves.toHaveProperty("token");
    for (const role of ["editor", "tracker", "viewer"] as const) {
      expect((await failure(team.as[role].share.create({ ...ws, expiresInDays: 5 }))).code).toBe("FORBIDDEN");
      expect((await failure(team.as[role].share.list(ws))).code).toBe("FORBIDDEN");
    }
    expect((await failure(other.as.admin.share.create({ ...ws, expiresInDays: 5 }))).code).toBe("NOT_FOUND");
  });
});

describe("opening a share link", () => {
  it("shows the ranked scorecard and the roadmap, read-only, without ids, owners or anything else", async () => {
    const { moments } = await insertMoments(db, team.workspaceId, { moments: [{ name: "Booking", importance: 5, performance: 2 }] });
    await insertPeriods(db, team.workspaceId, ["2027-01-01", "2027-04-01"], 10);
    const good = await insertInitiative(db, team.workspaceId, {
      title: "Fixed return time",
      department: "Workshop",
      costLikely: 100_000,
      costHigh: 100_000,
      revenueLikely: 50_000,
      revenueHigh: 50_000,
      effort: 4,
      confidence: 1,
      ownerId: team.members.tracker.id,
      decisionReason: "secret reason",
    });
    await db
      .insert(initiativeEffects)
      .values({ workspaceId: team.workspaceId, initiativeId: good.id, momentId: moments[0]!.id, effect: 2 });
    await insertInitiative(db, team.workspaceId, {
      title: "Cut the coffee",
      costLikely: 1_000,
      costHigh: 1_000,
      effort: 50,
      confidence: 1,
    });
    await insertInitiative(db, team.workspaceId, { title: "Worthless", effort: 1 });
    const link = await team.as.admin.share.create({ ...ws, expiresInDays: 3 });

    const view = await anonymous().share.view({ token: link.token });
    expect(view.workspace.name).toBe(team.workspace.name);
    expect(view.initiatives.map((i) => [i.rank, i.title])).toEqual([
      [1, "Fixed return time"],
      [2, "Cut the coffee"],
      [3, "Worthless"],
    ]);
    // s_E = 10 × (2/3) × 5×4/25 = 5.3333, s_C = 1, s_R = 0.5 → value = 10 × (40×5.3333 + 30×1 + 30×0.5)/100 = 25.8333
    // Crowns (scoring v2): s_R = 0.5 is not above the default crown threshold 0.5, so 2 crowns, not a triple.
    expect(view.initiatives[0]).toMatchObject({
      crowns: 2,
      tripleCrown: false,
      harmsExperience: false,
      notLinkedToOutcome: false,
      robust: true,
    });
    expect(view.initiatives[0]!.valueScore).toBeCloseTo(25.8333, 4);
    expect(view.roadmap.periods.map((p) => [p.label, p.capacity])).toEqual([
      ["P1", 10],
      ["P2", 10],
    ]);
    expect(view.roadmap.scheduled.map((s) => [s.title, s.startPeriod])).toEqual([["Fixed return time", 0]]);
    expect(view.roadmap.unscheduled.map((u) => [u.title, u.reason])).toEqual([
      ["Cut the coffee", "no_capacity"],
      ["Worthless", "no_positive_value"],
    ]);
    const text = JSON.stringify(view);
    for (const secret of [good.id, team.workspaceId, team.members.tracker.id, team.members.tracker.name, "secret reason", link.id]) {
      expect(text).not.toContain(secret);
    }
  });

  it("fails once expired, and at once when revoked", async () => {
    const link = await team.as.admin.share.create({ ...ws, expiresInDays: 30 });
    await expect(anonymous().share.view({ token: link.token })).resolves.toHaveProperty("workspace");
    await team.as.executive.share.revoke({ ...ws, id: link.id });
    expect((await failure(anonymous().share.view({ token: link.token }))).code).toBe("NOT_FOUND");
    expect((await failure(team.as.admin.share.revoke({ ...ws, id: link.id }))).code).toBe("CONFLICT");

    const old = await team.as.admin.share.create({ ...ws, expiresInDays: 1 });
    await db
      .update(shareLinks)
      .set({ expiresAt: Date.now() - 1 })
      .where(eq(shareLinks.id, old.id));
    expect((await failure(anonymous().share.view({ token: old.token }))).code).toBe("NOT_FOUND");

    const list = await team.as.admin.share.list(ws);
    expect(list.map((l) => [l.id, l.state])).toEqual([
      [old.id, "expired"],
      [link.id, "revoked"],
    ]);
    expect(list[0]).not.toHaveProperty("tokenHash");
  });

  it("an unknown or malformed token is NOT_FOUND or BAD_REQUEST, never anything else", async () => {
    expect((await failure(anonymous().share.view({ token: "A".repeat(43) }))).code).toBe("NOT_FOUND");
    expect((await failure(anonymous().share.view({ token: "../../etc/passwd" }))).code).toBe("BAD_REQUEST");
  });

  it("revoking another workspace's link is NOT_FOUND and leaves it working", async () => {
    const link = await team.as.admin.share.create({ ...ws, expiresInDays: 30 });
    expect((await failure(other.as.admin.share.revoke({ workspaceId: other.workspaceId, id: link.id }))).code).toBe("NOT_FOUND");
    expect((await failure(other.as.admin.share.revoke({ ...ws, id: link.id }))).code).toBe("NOT_FOUND");
    await expect(anonymous().share.view({ token: link.token })).resolves.toHaveProperty("initiatives");
  });
});

describe("a share token grants nothing else", () => {
  const workspaceProcedures = listProcedures().filter((p) => p.inWorkspace);

  it("is not a workspace id: every workspace procedure answers UNAUTHORIZED signed out, NOT_FOUND signed in", async () => {
    const link = await team.as.admin.share.create({ ...ws, expiresInDays: 30 });
    expect(workspaceProcedures.length).toBeGreaterThan(20);
    for (const p of workspaceProcedures) {
      for (const workspaceId of [link.token, link.id]) {
        expect.soft(await errorCode(callPath(anonymous(), p.path, { workspaceId })), `${p.path} signed out`).toBe("UNAUTHORIZED");
        for (const role of ALL_ROLES) {
          expect.soft(await errorCode(callPath(other.as[role], p.path, { workspaceId })), `${p.path} as ${role}`).toBe("NOT_FOUND");
        }
      }
    }
  });

  it("opens no download: not as a cookie, header, query or workspace", async () => {
    const link = await team.as.admin.share.create({ ...ws, expiresInDays: 30 });
    for (const file of ["scorecard.csv", "initiatives.csv", "moments.csv", "workspace.json", "scorecard.pdf"]) {
      const url = new URL(`http://127.0.0.1/api/export/${file}?workspace=${team.workspaceId}&token=${link.token}`);
      // The route resolves the user from the session only; with a share token and no session there is no user.
      expect((await downloadResponse({ db, userId: null, file, url })).status).toBe(401);
      const asWorkspace = new URL(`http://127.0.0.1/api/export/${file}?workspace=${link.token}`);
      expect((await downloadResponse({ db, userId: other.members.admin.id, file, url: asWorkspace })).status).toBe(404);
    }
  });

  it("opens only its own workspace's view, and other public procedures do not take it", async () => {
    const link = await team.as.admin.share.create({ ...ws, expiresInDays: 30 });
    const theirs = await other.as.admin.share.create({ workspaceId: other.workspaceId, expiresInDays: 30 });
    expect((await anonymous().share.view({ token: link.token })).workspace.name).toBe(team.workspace.name);
    expect((await anonymous().share.view({ token: theirs.token })).workspace.name).toBe(other.workspace.name);
    expect(await errorCode(anonymous().invitation.describe({ token: link.token }))).toBe("NOT_FOUND");
    expect(await errorCode(anonymous().invitation.accept({ token: link.token }))).toBe("UNAUTHORIZED");
    expect(await errorCode(other.as.viewer.invitation.accept({ token: link.token }))).toBe("NOT_FOUND");
  });
});
