import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { claimDueDeliveries, LEASE_MS } from "@/server/domain/webhook";
import { createTestDb } from "../../helpers/db";
import { makeTeam } from "../../helpers/factories";

// Runs on SQLite here and on PostgreSQL in tests/vitest.pg.config.ts (it takes every integration file).
let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;

beforeEach(async () => {
  vi.stubEnv("AUTH_SECRET", "webhook-tests-secret-0123456789abcdef");
  db = await createTestDb();
  team = await makeTeam(db);
});
afterEach(() => vi.unstubAllEnvs());

async function queue(n: number, hookId: string, at: number) {
  await db.insert(webhookDeliveries).values(
    Array.from({ length: n }, (_, i) => ({
      workspaceId: team.workspaceId,
      hookId,
      eventId: `event-${i}`,
      eventType: "initiative.created",
      payload: "{}",
      nextAttemptAt: at,
      createdAt: at,
    })),
  );
}

describe("claiming due deliveries", () => {
  it("gives each row to one claimer only, when several claim at once", async () => {
    const hook = await team.as.admin.webhook.create({
      workspaceId: team.workspaceId,
      url: "https://hooks.example.com/in",
      events: ["initiative.created"],
    });
    const now = Date.now();
    await queue(60, hook.id, now);
    const claims = await Promise.all(Array.from({ length: 6 }, () => claimDueDeliveries(db, now, 15)));
    const ids = claims.flat().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(60);
    for (const row of claims.flat()) expect(row.lockedUntil).toBe(now + LEASE_MS);
  });

  it("leaves a leased row alone until its lease runs out (a crashed sender's rows are taken again)", async () => {
    const hook = await team.as.admin.webhook.create({
      workspaceId: team.workspaceId,
      url: "https://hooks.example.com/in",
      events: ["initiative.created"],
    });
    const now = Date.now();
    await queue(3, hook.id, now);
    expect(await claimDueDeliveries(db, now)).toHaveLength(3);
    expect(await claimDueDeliveries(db, now + LEASE_MS - 1)).toHaveLength(0);
    expect(await claimDueDeliveries(db, now + LEASE_MS)).toHaveLength(3);
  });

  it("takes nothing not yet due, and nothing of a paused hook", async () => {
    const hook = await team.as.admin.webhook.create({
      workspaceId: team.workspaceId,
      url: "https://hooks.example.com/in",
      events: ["initiative.created"],
    });
    const now = Date.now();
    await queue(2, hook.id, now + 1000);
    expect(await claimDueDeliveries(db, now)).toHaveLength(0);
    await team.as.admin.webhook.pause({ workspaceId: team.workspaceId, id: hook.id });
    expect(await claimDueDeliveries(db, now + 1000)).toHaveLength(0);
  });
});
