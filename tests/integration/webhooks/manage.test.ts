import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, webhookDeliveries, webhooks } from "@/db/schema";
import { recordAudit } from "@/server/domain/shared/audit";
import { writeTransaction } from "@/server/domain/shared/revision";
import { emitWebhookEvent } from "@/server/domain/webhook";
import { unseal } from "@/server/security/sealed";
import { createTestDb } from "../../helpers/db";
import { makeTeam } from "../../helpers/factories";
import { failure } from "../../helpers/initiative-factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let other: Awaited<ReturnType<typeof makeTeam>>;
let ws: { workspaceId: string };
const URL_OK = "https://hooks.example.com/triple-crown";

beforeEach(async () => {
  vi.stubEnv("AUTH_SECRET", "webhook-tests-secret-0123456789abcdef");
  db = await createTestDb();
  team = await makeTeam(db);
  other = await makeTeam(db);
  ws = { workspaceId: team.workspaceId };
});
afterEach(() => vi.unstubAllEnvs());

const create = (url: string, events: string[] = ["initiative.created"]) =>
  team.as.admin.webhook.create({ ...ws, url, events: events as never });

describe("registering a webhook", () => {
  it("shows the secret once, stores it sealed, and never answers it again", async () => {
    const hook = await create(URL_OK, ["initiative.created", "scorecard.changed"]);
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(hook).toMatchObject({
      url: URL_OK,
      events: ["initiative.created", "scorecard.changed"],
      state: "active",
      consecutiveFailures: 0,
    });
    expect(hook).not.toHaveProperty("secretSealed");

    const [row] = await db.select().from(webhooks).where(eq(webhooks.id, hook.id));
    expect(row!.secretSealed).not.toContain(hook.secret);
    expect(unseal(row!.secretSealed)).toBe(hook.secret);
    const stored = JSON.stringify([await db.select().from(webhooks), await db.select().from(auditLog)]);
    expect(stored).not.toContain(hook.secret);
    const listed = await team.as.admin.webhook.list(ws);
    expect(JSON.stringify(listed)).not.toContain(hook.secret);
    expect(listed[0]).not.toHaveProperty("secretSealed");
  });

  it("rotates the secret: a new one, shown once, and the old one no longer opens", async () => {
    const hook = await create(URL_OK);
    const rotated = await team.as.admin.webhook.rotateSecret({ ...ws, id: hook.id });
    expect(rotated.secret).not.toBe(hook.secret);
    const [row] = await db.select().from(webhooks).where(eq(webhooks.id, hook.id));
    expect(unseal(row!.secretSealed)).toBe(rotated.secret);
  });

  it.each([
    ["", "Enter the URL that should receive the events."],
    ["hooks.example.com/x", "Enter a full URL, starting with https:// (for example https://example.com/hooks/triple-crown)."],
    ["http://hooks.example.com/x", "Use https:// (plain http:// is allowed only for this machine: localhost or 127.0.0.1)."],
    ["http://10.0.0.5/x", "Use https:// (plain http:// is allowed only for this machine: localhost or 127.0.0.1)."],
    ["ftp://hooks.example.com/x", "A webhook URL starts with https://."],
    ["https://user:pw@hooks.example.com/x", "Leave the user name and password out of the URL; each delivery is signed instead."],
    ["https://hooks.example.com/x#part", "A webhook URL has no #fragment."],
    [`https://hooks.example.com/${"a".repeat(2000)}`, "A webhook URL has at most 2000 characters."],
  ])("refuses the URL %j in plain words, and saves nothing", async (url, message) => {
    const error = await failure(create(url));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors.url).toEqual([message]);
    expect(await db.select().from(webhooks)).toEqual([]);
  });

  it("takes http:// for this machine only (local receivers and tests)", async () => {
    for (const url of ["http://127.0.0.1:9000/in", "http://localhost/in", "http://[::1]:8080/in", "http://127.5.6.7/in"]) {
      await expect(create(url)).resolves.toHaveProperty("url", url);
    }
  });

  it("asks for at least one event, each from the list and once", async () => {
    expect((await failure(create(URL_OK, []))).fieldErrors.events).toEqual(["Choose at least one event."]);
    expect((await failure(create(URL_OK, ["initiative.deleted"]))).fieldErrors["events.0"]).toEqual(["Choose events from the list."]);
    expect((await failure(create(URL_OK, ["roadmap.changed", "roadmap.changed"]))).fieldErrors.events).toEqual(["Choose each event once."]);
    expect(await db.select().from(webhooks)).toEqual([]);
  });

  it("allows at most 20 hooks per workspace", async () => {
    for (let n = 0; n < 20; n++) await create(`${URL_OK}/${n}`);
    const error = await failure(create(`${URL_OK}/21`));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("A workspace can have at most 20 webhooks. Delete one you no longer use first.");
  });
});

describe("who manages webhooks", () => {
  it("only admins; another workspace's hook is not found", async () => {
    const hook = await create(URL_OK);
    for (const role of ["executive", "editor", "tracker", "viewer"] as const) {
      expect((await failure(team.as[role].webhook.list(ws))).code).toBe("FORBIDDEN");
      expect((await failure(team.as[role].webhook.create({ ...ws, url: URL_OK, events: ["initiative.created"] }))).code).toBe("FORBIDDEN");
      expect((await failure(team.as[role].webhook.delete({ ...ws, id: hook.id }))).code).toBe("FORBIDDEN");
    }
    expect((await failure(team.as.editor.webhook.list(ws))).message).toBe(
      "Your role (editor) cannot manage webhooks. Ask a workspace admin.",
    );
    const theirs = { workspaceId: other.workspaceId };
    expect((await failure(other.as.admin.webhook.pause({ ...theirs, id: hook.id }))).code).toBe("NOT_FOUND");
    expect((await failure(other.as.admin.webhook.rotateSecret({ ...theirs, id: hook.id }))).code).toBe("NOT_FOUND");
    expect((await failure(other.as.admin.webhook.deliveries({ ...theirs, hookId: hook.id }))).code).toBe("NOT_FOUND");
    expect((await failure(other.as.admin.webhook.list(ws))).code).toBe("NOT_FOUND");
    expect(await other.as.admin.webhook.list(theirs)).toEqual([]);

    await team.as.admin.webhook.sendTest({ ...ws, id: hook.id });
    const [delivery] = await db.select().from(webhookDeliveries);
    await db.update(webhookDeliveries).set({ status: "delivered" });
    expect((await failure(other.as.admin.webhook.redeliver({ ...theirs, deliveryId: delivery!.id }))).code).toBe("NOT_FOUND");
  });

  it("pause, resume, delete and every change are in the audit trail", async () => {
    const hook = await create(URL_OK);
    await team.as.admin.webhook.update({ ...ws, id: hook.id, events: ["roadmap.changed"] });
    await team.as.admin.webhook.pause({ ...ws, id: hook.id });
    expect((await failure(team.as.admin.webhook.pause({ ...ws, id: hook.id }))).message).toBe("This webhook is already paused.");
    expect((await failure(team.as.admin.webhook.sendTest({ ...ws, id: hook.id }))).message).toBe(
      "This webhook is paused: resume it to send a test event.",
    );
    await team.as.admin.webhook.resume({ ...ws, id: hook.id });
    await team.as.admin.webhook.rotateSecret({ ...ws, id: hook.id });
    await team.as.admin.webhook.delete({ ...ws, id: hook.id });
    const actions = (await db.select().from(auditLog).where(eq(auditLog.entityId, hook.id))).map((a) => a.action).sort();
    expect(actions).toEqual(["create", "delete", "pause", "resume", "rotate_secret", "update"]);
    expect(await db.select().from(webhooks)).toEqual([]);
  });
});

describe("test events and redelivery", () => {
  it("a test event goes to that hook alone; a redelivery is a new delivery of the same event and body", async () => {
    const hook = await create(URL_OK, ["roadmap.changed"]);
    const second = await create(`${URL_OK}/2`, ["roadmap.changed"]);
    const { deliveryId } = await team.as.admin.webhook.sendTest({ ...ws, id: hook.id });
    const rows = await db.select().from(webhookDeliveries);
    expect(rows.map((r) => [r.id, r.hookId, r.eventType])).toEqual([[deliveryId, hook.id, "webhook.test"]]);

    expect((await failure(team.as.admin.webhook.redeliver({ ...ws, deliveryId }))).message).toBe(
      "This delivery is still being tried; wait for it to finish.",
    );
    await db.update(webhookDeliveries).set({ status: "failed" }).where(eq(webhookDeliveries.id, deliveryId));
    const again = await team.as.admin.webhook.redeliver({ ...ws, deliveryId });
    expect(again.deliveryId).not.toBe(deliveryId);
    const listed = await team.as.admin.webhook.deliveries({ ...ws, hookId: hook.id });
    expect(listed.map((d) => [d.id, d.status])).toEqual(
      expect.arrayContaining([
        [deliveryId, "failed"],
        [again.deliveryId, "pending"],
      ]),
    );
    const [a, b] = [rows[0]!, (await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, again.deliveryId)))[0]!];
    expect(b.eventId).toBe(a.eventId);
    expect(b.payload).toBe(a.payload);
    expect(await team.as.admin.webhook.deliveries({ ...ws, hookId: second.id })).toEqual([]);
  });
});

describe("emitting events", () => {
  it("queues nothing when the action is rolled back", async () => {
    await create(URL_OK, ["initiative.created"]);
    await expect(
      writeTransaction({ db, workspaceId: team.workspaceId }, async (tx) => {
        await emitWebhookEvent(tx, { workspaceId: team.workspaceId }, "initiative.created", { initiative: { id: "x" } });
        throw new Error("the action failed after emitting");
      }),
    ).rejects.toThrow("the action failed after emitting");
    expect(await db.select().from(webhookDeliveries)).toEqual([]);
  });

  it("queues scorecard.changed and roadmap.changed once per write, however many rows it changed", async () => {
    const hook = await create(URL_OK, ["scorecard.changed", "roadmap.changed"]);
    const ctx = { db, workspaceId: team.workspaceId, userId: team.members.admin.id };
    await writeTransaction(ctx, async (tx) => {
      for (const id of ["m1", "m2", "m3"]) await recordAudit(tx, ctx, { entityType: "moment", entityId: id, action: "create" });
    });
    let rows = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.hookId, hook.id));
    expect(rows.map((r) => r.eventType)).toEqual(["scorecard.changed"]);
    expect(JSON.parse(rows[0]!.payload).data).toEqual({ cause: { entityType: "moment", entityId: "m1", action: "create" } });

    // An initiative feeds both; a comment, neither.
    const initiative = await team.as.editor.initiative.create({ ...ws, title: "Fixed prices" });
    await team.as.tracker.comment.create({ ...ws, entityType: "initiative", entityId: initiative.id, body: "Customers asked for it" });
    rows = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.hookId, hook.id));
    expect(rows.map((r) => r.eventType).sort()).toEqual(["roadmap.changed", "scorecard.changed", "scorecard.changed"]);
  });

  it("an edit that moves the status says initiative.updated and initiative.status_changed; a rejection says rejected", async () => {
    await create(URL_OK, ["initiative.updated", "initiative.status_changed", "initiative.approved", "initiative.rejected"]);
    const created = await team.as.admin.initiative.create({ ...ws, title: "Night drop-off" });
    const edited = await team.as.admin.initiative.update({ ...ws, id: created.id, version: created.version, title: "Night key drop" });
    await team.as.executive.initiative.decide({ ...ws, id: edited.id, version: edited.version, decision: "reject", reason: "Not now" });
    const rows = await db.select().from(webhookDeliveries);
    const seen = rows.map((r) => [r.eventType, JSON.parse(r.payload).data]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ["initiative.updated", { initiative: expect.objectContaining({ title: "Night key drop", status: "proposed" }) }],
        ["initiative.rejected", expect.objectContaining({ previousStatus: "proposed", reason: "Not now" })],
        [
          "initiative.status_changed",
          expect.objectContaining({ previousStatus: "proposed", initiative: expect.objectContaining({ status: "cancelled" }) }),
        ],
      ]),
    );
    expect(rows).toHaveLength(3);
  });

  it("queues nothing for a paused hook", async () => {
    const hook = await create(URL_OK);
    await team.as.admin.webhook.pause({ ...ws, id: hook.id });
    await team.as.admin.initiative.create({ ...ws, title: "Quiet" });
    expect(await db.select().from(webhookDeliveries)).toEqual([]);
  });
});
