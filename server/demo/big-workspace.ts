import { insertedRow } from "@/db/database";
/**
 * A large, deterministic workspace for benchmarks and scale tests: N
 * initiatives over 4 categories and 12 moments, prerequisites only on earlier
 * initiatives (never a cycle), 12 quarterly periods, a mix of statuses.
 * Written straight into the tables in one transaction: creating thousands of
 * initiatives through the API would take minutes.
 */
import type { Db } from "@/db/client";
import { canvases, categories, initiativeDependencies, initiativeEffects, initiatives, moments, periods } from "@/db/schema";
import type { InitiativeStatus } from "@/server/scoring";
import { recordAudit } from "@/server/domain/shared/audit";
import { createWorkspace } from "@/server/domain/workspace/create";

const DEPARTMENTS = ["Service", "Digital", "Contact centre", "Parts & logistics", "Finance", "Fleet", "Marketing", "HR"];
const CHUNK = 200;

/** mulberry32: the same N gives the same workspace. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let k = 0; k < rows.length; k += CHUNK) await insert(rows.slice(k, k + CHUNK));
}

export async function seedBigWorkspace(db: Db, opts: { initiatives: number; ownerId: string; slug: string; name?: string }) {
  const rand = random(opts.initiatives);
  return await db.transaction(async (tx) => {
    const ws = await createWorkspace(tx, opts.ownerId, { name: opts.name ?? `Big portfolio (${opts.initiatives})`, slug: opts.slug });
    const workspaceId = ws.id;
    const momentIds: string[] = [];
    for (let c = 0; c < 4; c++) {
      const category = await insertedRow(
        tx
          .insert(categories)
          .values({ workspaceId, name: `Need ${c + 1}`, need: "Get it done right first time", weight: 1 + c })
          .returning({ id: categories.id }),
      );
      const canvas = await insertedRow(
        tx
          .insert(canvases)
          .values({ workspaceId, categoryId: category.id, title: `Canvas ${c + 1}` })
          .returning({ id: canvases.id }),
      );
      for (let m = 0; m < 3; m++) {
        const row = await insertedRow(
          tx
            .insert(moments)
            .values({
              workspaceId,
              canvasId: canvas.id,
              name: `Moment ${c + 1}.${m + 1}`,
              importance: 1 + Math.floor(rand() * 5),
              performance: 1 + Math.floor(rand() * 5),
              volumePerYear: Math.round(rand() * 100_000),
              costPerInteraction: Math.round(rand() * 5000) / 100,
              position: m,
            })
            .returning({ id: moments.id }),
        );
        momentIds.push(row.id);
      }
    }
    await tx.insert(periods).values(
      Array.from({ length: 12 }, (_, q) => {
        const year = 2026 + Math.floor(q / 4);
        return {
          workspaceId,
          label: `Q${(q % 4) + 1} ${year}`,
          startDate: `${year}-${String((q % 4) * 3 + 1).padStart(2, "0")}-01`,
          capacity: Math.max(20, Math.round(opts.initiatives / 5)),
        };
      }),
    );

    const rows = Array.from({ length: opts.initiatives }, (_, n) => {
      const cost = Math.round((rand() * 600_000 - 100_000) / 1000) * 1000;
      const revenue = Math.round((rand() * 500_000 - 50_000) / 1000) * 1000;
      const status: InitiativeStatus = n % 40 === 0 ? "in_progress" : n % 97 === 0 ? "done" : n % 9 === 0 ? "approved" : "proposed";
      return {
        workspaceId,
        title: `Initiative ${String(n + 1).padStart(5, "0")}`,
        department: DEPARTMENTS[n % DEPARTMENTS.length]!,
        status,
        costLow: cost - 50_000,
        costLikely: cost,
        costHigh: cost + 80_000,
        revenueLow: revenue - 40_000,
        revenueLikely: revenue,
        revenueHigh: revenue + 60_000,
        investment: Math.round(rand() * 500) * 1000,
        effort: 1 + Math.round(rand() * 20),
        durationPeriods: 1 + Math.floor(rand() * 3),
        confidence: [1, 0.8, 0.5][n % 3]!,
        startPeriod: status === "in_progress" || status === "done" ? 0 : null,
        progress: status === "in_progress" ? 30 : status === "done" ? 100 : 0,
        createdBy: opts.ownerId,
      };
    });
    const ids: string[] = [];
    await insertChunked(rows, async (chunk) =>
      ids.push(...(await tx.insert(initiatives).values(chunk).returning({ id: initiatives.id })).map((r) => r.id)),
    );
    const effects = ids.flatMap((initiativeId, n) => {
      if (n % 11 === 0) return []; // some are not linked to any outcome
      const first = Math.floor(rand() * momentIds.length);
      const second = (first + 1 + Math.floor(rand() * (momentIds.length - 1))) % momentIds.length;
      return [first, second]
        .map((m) => ({ workspaceId, initiativeId, momentId: momentIds[m]!, effect: [-2, -1, 1, 2, 3][Math.floor(rand() * 5)]! }))
        .slice(0, 1 + Math.floor(rand() * 2));
    });
    await insertChunked(effects, async (chunk) => await tx.insert(initiativeEffects).values(chunk));
    // One in four has a prerequisite, always an earlier initiative: enough chains to show, not so many
    // that a blocked enabler empties the plan.
    const deps = ids.flatMap((initiativeId, n) =>
      n > 0 && n % 4 === 0 ? [{ workspaceId, initiativeId, dependsOnId: ids[Math.floor(rand() * n)]! }] : [],
    );
    await insertChunked(deps, async (chunk) => await tx.insert(initiativeDependencies).values(chunk));
    await recordAudit(
      tx,
      { workspaceId, userId: opts.ownerId },
      { entityType: "workspace", entityId: workspaceId, action: "seed", after: { initiatives: opts.initiatives } },
    );
    return { workspaceId, slug: ws.slug };
  });
}
