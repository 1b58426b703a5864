import { insertedRow } from "@/db/database";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  canvases,
  categories,
  comments,
  initiativeAssumptions,
  initiativeDependencies,
  initiativeEffects,
  initiativeResults,
  initiativeMeasures,
  initiatives,
  measureActuals,
  measures,
  memberships,
  moments,
  periods,
  scenarioCapacities,
  scenarioInitiatives,
  scenarios,
  users,
  workspaces,
} from "@/db/schema";
import { hashPassword } from "@/server/domain/auth/password";
import { recordAudit } from "@/server/domain/shared/audit";
import { today } from "@/server/domain/shared/clock";
import type { Tx } from "@/server/domain/shared/context";
import { createWorkspace } from "@/server/domain/workspace/create";
import { DEMO_COMMENTS } from "./data/comments";
import { DEMO_CATEGORIES } from "./data/customers";
import { DEMO_INITIATIVES } from "./data/initiatives";
import { DEMO_ADMIN_NAME, DEMO_MEMBERS, DEMO_WORKSPACE_NAME } from "./data/people";
import { demoReadingDate } from "./data/dates";
import { demoPeriods } from "./data/periods";
import { DEMO_SCENARIOS } from "./data/scenarios";
import { seedDemoDecisions } from "./decisions";
import { addMonths } from "@/server/domain/period/quarters";
import type { MemberKey } from "./data/types";

export const DEMO_EMAIL = "demo@triplecrown.local";
export const DEMO_SLUG = "demo";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export async function demoSeeded(db: Db): Promise<boolean> {
  return await demoUserExists(db);
}

async function demoUserExists(db: Db | Tx): Promise<boolean> {
  return Boolean((await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_EMAIL)))[0]);
}

/**
 * Seeds the demo workspace on first start. Idempotent: when the demo user
 * exists nothing is written, so a second start seeds nothing. The password
 * (made per install: server/demo/demo-password.ts) is hashed once (scrypt is
 * slow on purpose) and shared by every demo member.
 */
export async function seedDemo(db: Db, password: string): Promise<{ seeded: boolean }> {
  if (await demoUserExists(db)) return { seeded: false };
  const passwordHash = await hashPassword(password);
  const seeded = await db.transaction(async (tx) => {
    if (await demoUserExists(tx)) return false; // another process seeded meanwhile
    await insertDemoWorkspace(tx, passwordHash);
    return true;
  });
  return { seeded };
}

/** Direct inserts in the caller's transaction: fast, and all-or-nothing. */
async function insertDemoWorkspace(tx: Tx, passwordHash: string): Promise<void> {
  // Dated from the day it is seeded (the server clock), so a newcomer sees a live plan on any date.
  const day = today();
  const admin = await insertedRow(tx.insert(users).values({ name: DEMO_ADMIN_NAME, email: DEMO_EMAIL, passwordHash }).returning());
  const slugTaken = (await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, DEMO_SLUG)))[0];
  const workspace = await createWorkspace(tx, admin.id, { name: DEMO_WORKSPACE_NAME, ...(slugTaken ? {} : { slug: DEMO_SLUG }) });
  const workspaceId = workspace.id;

  const people: Record<MemberKey, string> = { admin: admin.id, executive: admin.id, editor: admin.id, tracker: admin.id, viewer: admin.id };
  for (const member of DEMO_MEMBERS) {
    // An address someone already registered stays theirs: that role's work falls back to the admin.
    const user = await insertedRow(
      tx.insert(users).values({ name: member.name, email: member.email, passwordHash }).onConflictDoNothing().returning(),
    );
    if (!user) continue;
    await tx.insert(memberships).values({ workspaceId, userId: user.id, role: member.key });
    people[member.key] = user.id;
  }

  const momentIds = new Map<string, string>();
  const canvasIds = new Map<string, string>();
  const measureIds = new Map<string, string>();
  for (const c of DEMO_CATEGORIES) {
    const { canvas: cv, key: categoryKey, ...category } = c;
    const categoryId = (
      await insertedRow(
        tx
          .insert(categories)
          .values({ ...category, workspaceId })
          .returning({ id: categories.id }),
      )
    ).id;
    const { moments: ms, measures: measureList, ...canvasFields } = cv;
    const canvasId = (
      await insertedRow(
        tx
          .insert(canvases)
          .values({ ...canvasFields, workspaceId, categoryId, updatedBy: people.editor })
          .returning({ id: canvases.id }),
      )
    ).id;
    canvasIds.set(categoryKey, canvasId);
    for (const [position, { key, ...moment }] of ms.entries()) {
      if (momentIds.has(key)) throw new Error(`demo data: moment key "${key}" used twice`);
      const id = (
        await insertedRow(
          tx
            .insert(moments)
            .values({ ...moment, workspaceId, canvasId, position })
            .returning({ id: moments.id }),
        )
      ).id;
      momentIds.set(key, id);
    }
    for (const { actuals, ...measure } of measureList) {
      if (measureIds.has(measure.name)) throw new Error(`demo data: measure name "${measure.name}" used twice`);
      const measureId = (
        await insertedRow(
          tx
            .insert(measures)
            .values({ ...measure, workspaceId, canvasId })
            .returning({ id: measures.id }),
        )
      ).id;
      measureIds.set(measure.name, measureId);
      for (const a of actuals) {
        await tx.insert(measureActuals).values({
          workspaceId,
          measureId,
          date: demoReadingDate(a.date, day),
          value: a.value,
          note: a.note ?? "",
          createdBy: people[a.by],
        });
      }
    }
  }

  const periodIds: string[] = [];
  for (const p of demoPeriods(day)) {
    periodIds.push(
      (
        await insertedRow(
          tx
            .insert(periods)
            .values({ ...p, workspaceId })
            .returning({ id: periods.id }),
        )
      ).id,
    );
  }

  const initiativeIds = new Map<string, string>();
  for (const i of DEMO_INITIATIVES) {
    const id = (
      await insertedRow(
        tx
          .insert(initiatives)
          .values({
            workspaceId,
            title: i.title,
            problem: i.problem,
            ownerId: people[i.owner],
            department: i.department,
            status: i.status,
            costLow: i.cost[0],
            costLikely: i.cost[1],
            costHigh: i.cost[2],
            revenueLow: i.revenue[0],
            revenueLikely: i.revenue[1],
            revenueHigh: i.revenue[2],
            investment: i.investment,
            effort: i.effort,
            durationPeriods: i.durationPeriods,
            confidence: i.confidence,
            startPeriod: i.startPeriod ?? null,
            pinnedPeriod: i.pinnedPeriod ?? null,
            progress: i.progress ?? 0,
            decisionReason: i.decisionReason ?? null,
            createdBy: people[i.owner],
          })
          .returning({ id: initiatives.id }),
      )
    ).id;
    initiativeIds.set(i.key, id);
  }
  const lookup = (map: Map<string, string>, key: string, what: string): string => {
    const id = map.get(key);
    if (!id) throw new Error(`demo data: unknown ${what} "${key}"`);
    return id;
  };

  for (const i of DEMO_INITIATIVES) {
    const initiativeId = lookup(initiativeIds, i.key, "initiative");
    for (const [momentKey, effect] of Object.entries(i.effects)) {
      await tx.insert(initiativeEffects).values({ workspaceId, initiativeId, momentId: lookup(momentIds, momentKey, "moment"), effect });
    }
    for (const dep of i.dependsOn ?? []) {
      await tx.insert(initiativeDependencies).values({ workspaceId, initiativeId, dependsOnId: lookup(initiativeIds, dep, "initiative") });
    }
    for (const a of i.assumptions ?? []) {
      await tx.insert(initiativeAssumptions).values({
        workspaceId,
        initiativeId,
        kind: a.kind,
        text: a.text,
        status: a.status,
        critical: a.critical ?? false,
        evidence: a.evidence ?? "opinion",
      });
    }
    for (const m of i.measures ?? []) {
      const byPeriodId = m.by === undefined ? null : periodIds[m.by];
      if (byPeriodId === undefined) throw new Error(`demo data: no period ${m.by} for measures of "${i.key}"`);
      await tx.insert(initiativeMeasures).values({
        workspaceId,
        initiativeId,
        measureId: lookup(measureIds, m.measure, "measure"),
        expectedChange: m.expected,
        byPeriodId,
      });
    }
    for (const r of i.results ?? []) {
      const periodId = periodIds[r.period];
      if (!periodId) throw new Error(`demo data: no period ${r.period} for results of "${i.key}"`);
      await tx
        .insert(initiativeResults)
        .values({ workspaceId, initiativeId, periodId, actualCostReduction: r.cost, actualRevenueGrowth: r.revenue, note: r.note });
    }
  }

  // Staggered an hour apart so the threads read in the order written, ending
  // now (or at noon of the clock's day when a test has set it to another day).
  const now = new Date().toISOString().slice(0, 10) === day ? Date.now() : Date.parse(`${day}T12:00:00Z`);
  const start = now - DEMO_COMMENTS.length * HOUR;
  for (const [n, c] of DEMO_COMMENTS.entries()) {
    const [entityType, entityId] =
      "initiative" in c.on
        ? (["initiative", lookup(initiativeIds, c.on.initiative, "initiative")] as const)
        : (["canvas", lookup(canvasIds, c.on.canvasOf, "category")] as const);
    const at = start + n * HOUR;
    await tx
      .insert(comments)
      .values({ workspaceId, entityType, entityId, authorId: people[c.by], body: c.body, createdAt: at, updatedAt: at });
  }

  // Decided a fortnight before the quarter it started in; approved work not yet started, a month ago.
  const firstQuarter = demoPeriods(day)[0]!.startDate;
  const decidedOn = (i: (typeof DEMO_INITIATIVES)[number]) =>
    i.startPeriod === undefined ? now - 30 * DAY : Date.parse(`${addMonths(firstQuarter, 3 * i.startPeriod)}T10:00:00Z`) - 14 * DAY;
  await seedDemoDecisions(
    tx,
    workspaceId,
    people.executive,
    DEMO_INITIATIVES.filter((i) => i.status !== "proposed").map((i) => ({
      initiativeId: lookup(initiativeIds, i.key, "initiative"),
      outcome: i.status === "cancelled" ? "cancelled" : "approved",
      reason: i.decisionReason ?? "Approved at the quarterly portfolio review.",
      decidedAt: decidedOn(i),
    })),
  );

  for (const sc of DEMO_SCENARIOS) {
    const scenarioId = (
      await insertedRow(
        tx
          .insert(scenarios)
          .values({ workspaceId, name: sc.name, description: sc.description, createdBy: people.executive })
          .returning({ id: scenarios.id }),
      )
    ).id;
    for (const [k, capacity] of (sc.capacities ?? []).entries()) {
      if (capacity !== null) await tx.insert(scenarioCapacities).values({ scenarioId, periodId: periodIds[k]!, capacity });
    }
    for (const [mode, keys] of [
      ["in", sc.forceIn ?? []],
      ["out", sc.forceOut ?? []],
    ] as const) {
      for (const key of keys) {
        await tx.insert(scenarioInitiatives).values({ scenarioId, initiativeId: lookup(initiativeIds, key, "initiative"), mode });
      }
    }
  }

  await recordAudit(
    tx,
    { workspaceId, userId: admin.id },
    {
      entityType: "workspace",
      entityId: workspaceId,
      action: "seed",
      after: {
        categories: DEMO_CATEGORIES.length,
        moments: momentIds.size,
        initiatives: initiativeIds.size,
        periods: periodIds.length,
        scenarios: DEMO_SCENARIOS.length,
        comments: DEMO_COMMENTS.length,
      },
    },
  );
}
