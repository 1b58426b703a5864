import Database from "better-sqlite3";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { DEMO } from "./support/browser";
import { sessionCookie, trpc } from "./support/http-client";

const CLIENTS = 50;
const DURATION_MS = 20_000;

type Category = { id: string; version: number };

describe("mixed load against the running app", () => {
  it(`${CLIENTS} clients reading and writing for ${DURATION_MS / 1000} s: no 5xx, no lost update, a sound database`, async () => {
    const cookie = (await sessionCookie(DEMO.email, DEMO.password))!.split(";")[0]!;
    expect(cookie).toContain("session-token");
    const ws = await trpc(cookie, "mutation", "workspace.create", { name: `Load test ${Date.now()}` });
    const workspaceId = (ws.data as { id: string }).id;
    const categories: string[] = [];
    for (let i = 0; i < 5; i++) {
      const created = await trpc(cookie, "mutation", "category.create", { workspaceId, name: `Load ${i}`, need: "Wants it done right" });
      categories.push((created.data as Category).id);
    }

    const acked = new Map<string, number>(categories.map((id) => [id, 0]));
    const statuses = new Map<number, number>();
    let reads = 0;
    let conflicts = 0;
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const deadline = Date.now() + DURATION_MS;

    async function client(n: number) {
      let step = 0;
      while (Date.now() < deadline) {
        step++;
        const roll = (n * 7 + step * 13) % 10;
        if (roll < 6) {
          const [proc, input] = [
            ["category.list", { workspaceId }],
            ["scorecard.rows", { workspaceId, limit: 25 }],
            ["scorecard.summary", { workspaceId }],
            ["audit.list", { workspaceId, limit: 20 }],
          ][roll % 4] as [string, unknown];
          const r = await trpc(cookie, "query", proc, input);
          count(r.status);
          if (r.status === 200) reads++;
          continue;
        }
        const id = categories[(n + step) % categories.length]!;
        const current = await trpc(cookie, "query", "category.get", { workspaceId, id });
        count(current.status);
        const version = (current.data as Category | undefined)?.version;
        if (!version) continue;
        const r = await trpc(cookie, "mutation", "category.update", { workspaceId, id, version, description: `client ${n} step ${step}` });
        count(r.status);
        if (r.status === 200) acked.set(id, acked.get(id)! + 1);
        else if (r.error?.data?.code === "CONFLICT") conflicts++;
      }
    }
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));

    const serverErrors = [...statuses].filter(([s]) => s >= 500);
    expect(serverErrors).toEqual([]);
    expect(reads).toBeGreaterThan(0);
    const totalAcked = [...acked.values()].reduce((a, b) => a + b, 0);
    expect(totalAcked).toBeGreaterThan(0);
    console.log(
      `load: ${reads} reads, ${totalAcked} acknowledged updates, ${conflicts} conflicts refused, statuses ${JSON.stringify([...statuses])}`,
    );

    // Every acknowledged update is there: the version counts them, and so does the audit trail.
    for (const [id, writes] of acked) {
      const row = await trpc(cookie, "query", "category.get", { workspaceId, id });
      expect((row.data as Category).version).toBe(1 + writes);
      const audit = await trpc(cookie, "query", "audit.list", { workspaceId, entityType: "category", entityId: id, limit: 200 });
      const updates = (audit.data as { items: { action: string }[]; total: number }).items.filter((a) => a.action === "update");
      expect(updates.length).toBe(writes);
    }

    const db = new Database(path.join(inject("dataDir"), "triple-crown.db"), { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
  });
});
