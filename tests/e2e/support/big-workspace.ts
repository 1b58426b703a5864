import { eq } from "drizzle-orm";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { canvases, categories, initiativeDependencies, initiativeEffects, initiatives, moments, periods, users } from "@/db/schema";
import { createWorkspace } from "@/server/domain/workspaces/create";

const DEPARTMENTS = ["Service", "Parts", "Digital", "Finance", "Contact centre", "Fleet", "Marketing", "HR"];
const CHUNK = 200;

/** A small deterministic generator (LCG): the same workspace every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A workspace of `count` initiatives for an existing user (as admin),
 * written straight into the e2e server's database in one transaction:
 * creating 2,000 initiatives through the HTTP API would take minutes.
 */
export function seedBigWorkspace(dataDir: string, opts: { email: string; slug: string; count?: number }): { slug: string; count: number } {
  const count = opts.count ?? 2000;
  const db = openDatabase(path.join(dataDir, "triple-crown.db"));
  try {
    const user = db.select({ id: users.id }).from(users).where(eq(users.email, opts.email)).get();
    if (!user) throw new Error(`no user ${opts.email}`);
    const rnd = random(count);
    db.transaction((tx) => {
      const ws = createWorkspace(tx, user.id, { name: `Big portfolio ${opts.slug}`, slug: opts.slug });
      const workspaceId = ws.id;
      const momentIds: string[] = [];
      for (let c = 0; c < 3; c++) {
        const category = tx
          .insert(categories)
          .values({ workspaceId, name: `Category ${c + 1}`, need: "Get it done right first time", weight: c + 1 })
          .returning({ id: categories.id })
          .get();
        const canvas = tx.insert(canvases).values({ workspaceId, categoryId: category.id, title: `Canvas ${c + 1}` }).returning({ id: canvases.id }).get();
        for (let m = 0; m < 4; m++) {
          const row = tx
            .insert(moments)
            .values({ workspaceId, canvasId: canvas.id, name: `Moment ${c + 1}.${m + 1}`, importance: 1 + ((c + m) % 5), performance: 1 + ((c * 2 + m) % 5), position: m })
            .returning({ id: moments.id })
            .get();
          momentIds.push(row.id);
        }
      }
      tx.insert(periods)
        .values(Array.from({ length: 8 }, (_, k) => ({ workspaceId, label: `Q${(k % 4) + 1} ${2026 + Math.floor(k / 4)}`, startDate: `${2026 + Math.floor(k / 4)}-${String((k % 4) * 3 + 1).padStart(2, "0")}-01`, capacity: 400 })))
        .run();

      const rows = Array.from({ length: count }, (_, n) => {
        const cost = Math.round((rnd() * 600_000 - 100_000) / 1000) * 1000;
        const revenue = Math.round((rnd() * 800_000 - 100_000) / 1000) * 1000;
        const status = n % 40 === 0 ? "in_progress" : n % 9 === 0 ? "approved" : n % 97 === 0 ? "done" : "proposed";
        return {
          workspaceId,
          title: `Initiative ${String(n + 1).padStart(4, "0")}`,
          department: DEPARTMENTS[n % DEPARTMENTS.length]!,
          status: status as "proposed",
          costLow: cost - 50_000,
          costLikely: cost,
          costHigh: cost + 80_000,
          revenueLow: revenue - 100_000,
          revenueLikely: revenue,
          revenueHigh: revenue + 150_000,
          investment: Math.round(rnd() * 500) * 1000,
          effort: 1 + Math.round(rnd() * 30),
          durationPeriods: 1 + (n % 3 === 0 ? 1 : 0),
          confidence: [1, 0.8, 0.5][n % 3]!,
          startPeriod: status === "in_progress" || status === "done" ? 0 : null,
          progress: status === "in_progress" ? 30 : status === "done" ? 100 : 0,
          createdBy: user.id,
          createdAt: 1_700_000_000_000 + n,
          updatedAt: 1_700_000_000_000 + n,
        };
      });
      const ids: string[] = [];
      for (let k = 0; k < rows.length; k += CHUNK) {
        ids.push(...tx.insert(initiatives).values(rows.slice(k, k + CHUNK)).returning({ id: initiatives.id }).all().map((r) => r.id));
      }
      const effects = ids.flatMap((initiativeId, n) =>
        n % 11 === 0 ? [] : [0, 1].map((k) => ({ workspaceId, initiativeId, momentId: momentIds[(n + k * 5) % momentIds.length]!, effect: ((n + k) % 7) - 3 })),
      ).filter((e) => e.effect !== 0);
      for (let k = 0; k < effects.length; k += CHUNK) tx.insert(initiativeEffects).values(effects.slice(k, k + CHUNK)).run();
      // Chains of prerequisites on later initiatives only, so there is never a cycle.
      const deps = ids.flatMap((initiativeId, n) => (n % 25 === 5 ? [{ workspaceId, initiativeId, dependsOnId: ids[n - 5]! }] : []));
      tx.insert(initiativeDependencies).values(deps).run();
    });
    return { slug: opts.slug, count };
  } finally {
    db.$client.close();
  }
}
