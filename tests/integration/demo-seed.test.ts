import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, desc, eq, inArray } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import {
  auditLog,
  canvases,
  categories,
  comments,
  decisions,
  initiativeAssumptions,
  initiativeDependencies,
  initiativeEffects,
  initiativeMeasures,
  initiativeResults,
  initiatives,
  measureActuals,
  measures,
  memberships,
  moments,
  periods,
  scenarios,
  scoringModels,
  users,
  workspaces,
} from "@/db/schema";
import { scorePortfolio, validatePortfolio, type PortfolioInput } from "@/server/scoring";
import { verifyPassword } from "@/server/domain/auth/password";
import { DEMO_EMAIL, DEMO_SLUG, seedDemo } from "@/server/demo/seed";
import { DEMO_COMMENTS } from "@/server/demo/data/comments";
import { DEMO_CATEGORIES } from "@/server/demo/data/customers";
import { DEMO_INITIATIVES } from "@/server/demo/data/initiatives";
import { DEMO_MEMBERS } from "@/server/demo/data/people";
import { DEMO_PERIOD_CAPACITIES } from "@/server/demo/data/periods";
import { DEMO_SCENARIOS } from "@/server/demo/data/scenarios";
import { callerFor } from "../helpers/factories";
import { loadPeriods } from "@/server/domain/period/queries";
import { planCalendar } from "@/server/domain/period/calendar";
import { resetClock, setClock } from "@/server/domain/shared/clock";
import { createTestDb } from "../helpers/db";
import { measureOutcomes } from "@/server/domain/initiative/measure-outcomes";
import { calibrate, periodYears, type DeliveredInitiative } from "@/server/scoring";

/** The realisation ratios of the demo's done work, from its rows (the domain's own read is tested elsewhere). */
async function departmentRatios(db: Db, workspaceId: string) {
  const list = await loadPeriods(db, workspaceId);
  const done = await db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.workspaceId, workspaceId), eq(initiatives.status, "done")));
  const recorded = await db.select().from(initiativeResults).where(eq(initiativeResults.workspaceId, workspaceId));
  const delivered: DeliveredInitiative[] = done.map((i) => ({
    id: i.id,
    department: i.department,
    costLikely: i.costLikely,
    revenueLikely: i.revenueLikely,
    results: recorded
      .filter((r) => r.initiativeId === i.id)
      .map((r) => {
        const p = list.find((x) => x.id === r.periodId)!;
        return { years: periodYears(p.startDate, p.lastDay), costReduction: r.actualCostReduction, revenueGrowth: r.actualRevenueGrowth };
      }),
  }));
  return Object.fromEntries(calibrate(delivered).departments.map((d) => [d.department, d.realisation]));
}

const DEMO_PASSWORD = "this install's demo password";
let db: Db;
let workspaceId: string;
let results: { seeded: boolean }[];
// A day that is in no fixed quarter of the data files: the demo must follow the clock.
const SEEDED_ON = "2027-02-20";
afterAll(() => resetClock());
beforeAll(async () => {
  setClock(() => SEEDED_ON);
  db = await createTestDb();
  results = [await seedDemo(db, DEMO_PASSWORD), await seedDemo(db, DEMO_PASSWORD)];
  workspaceId = (await db.select().from(workspaces).where(eq(workspaces.slug, DEMO_SLUG)))[0]!.id;
});

const rows = async (table: SQLiteTable & { workspaceId: SQLiteColumn }) =>
  (await db.select({ n: count() }).from(table).where(eq(table.workspaceId, workspaceId)))[0]!.n;

const sum = <T>(items: T[], f: (t: T) => number) => items.reduce((acc, t) => acc + f(t), 0);

describe("demo seed", () => {
  it("seeds once: the second run writes nothing", async () => {
    expect(results).toEqual([{ seeded: true }, { seeded: false }]);
    expect(await db.select().from(workspaces)).toHaveLength(1);
    expect(await db.select().from(users)).toHaveLength(5);
    const seedRows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.action, "seed")));
    expect(seedRows).toHaveLength(1);
  });

  it("matches the shape the brief asks for", () => {
    expect(DEMO_CATEGORIES).toHaveLength(4);
    expect(sum(DEMO_CATEGORIES, (c) => c.canvas.moments.length)).toBe(14);
    expect(DEMO_INITIATIVES).toHaveLength(26);
    expect(new Set(DEMO_INITIATIVES.map((i) => i.department))).toEqual(
      new Set(["Service", "Digital", "Contact centre", "Parts & logistics", "Finance"]),
    );
    const byStatus = (s: string) => DEMO_INITIATIVES.filter((i) => i.status === s);
    expect(byStatus("done")).toHaveLength(5);
    expect(byStatus("in_progress")).toHaveLength(3);
    expect(byStatus("cancelled")).toHaveLength(1);
    expect(byStatus("approved").filter((i) => i.pinnedPeriod !== undefined)).toHaveLength(2);
    expect(DEMO_PERIOD_CAPACITIES).toHaveLength(8);
    expect(DEMO_CATEGORIES.every((c) => c.canvas.measures.length >= 2 && c.canvas.measures.length <= 4)).toBe(true);
    expect(DEMO_CATEGORIES.some((c) => c.canvas.measures.some((m) => m.kind === "output"))).toBe(true);
  });

  it("stores exactly what the data files declare", async () => {
    const measuresDeclared = DEMO_CATEGORIES.flatMap((c) => c.canvas.measures);
    expect(await rows(categories)).toBe(DEMO_CATEGORIES.length);
    expect(await rows(canvases)).toBe(DEMO_CATEGORIES.length);
    expect(await rows(moments)).toBe(sum(DEMO_CATEGORIES, (c) => c.canvas.moments.length));
    expect(await rows(measures)).toBe(measuresDeclared.length);
    expect(await rows(measureActuals)).toBe(sum(measuresDeclared, (m) => m.actuals.length));
    expect(await rows(periods)).toBe(DEMO_PERIOD_CAPACITIES.length);
    expect(await rows(initiatives)).toBe(DEMO_INITIATIVES.length);
    expect(await rows(initiativeEffects)).toBe(sum(DEMO_INITIATIVES, (i) => Object.keys(i.effects).length));
    expect(await rows(initiativeDependencies)).toBe(sum(DEMO_INITIATIVES, (i) => i.dependsOn?.length ?? 0));
    expect(await rows(initiativeAssumptions)).toBe(sum(DEMO_INITIATIVES, (i) => i.assumptions?.length ?? 0));
    expect(await rows(initiativeResults)).toBe(sum(DEMO_INITIATIVES, (i) => i.results?.length ?? 0));
    expect(await rows(initiativeMeasures)).toBe(sum(DEMO_INITIATIVES, (i) => i.measures?.length ?? 0));
    expect(await rows(comments)).toBe(DEMO_COMMENTS.length);
    expect(await rows(memberships)).toBe(1 + DEMO_MEMBERS.length);
    expect(await rows(scenarios)).toBe(DEMO_SCENARIOS.length);
  });

  it("ships a lean-year scenario where the optimal plan recovers value the greedy plan leaves, with the live tracker", async () => {
    const admin = (await db.select().from(users).where(eq(users.email, DEMO_EMAIL)))[0]!;
    const caller = callerFor(db, admin.id);
    const lean = (await caller.scenario.list({ workspaceId })).find((s) => s.name.startsWith("Lean year"))!;
    expect(lean.capacities.map((c) => c.capacity)).toEqual([27, 30, 33, 30, 36, 33, 30, 24]);
    const compared = await caller.plan.compare({
      workspaceId,
      a: { scenarioId: lean.id, mode: "greedy" },
      b: { scenarioId: lean.id, mode: "optimal" },
    });
    expect(compared.b.totals.value).toBeGreaterThan(compared.a.totals.value);
    expect(compared.moves.find((m) => m.title === "Live repair tracker in the app")?.kind).toBe("added");
    const forced = (await caller.scenario.list({ workspaceId })).find((s) => s.name.startsWith("Repair tracker"))!;
    expect(forced.forceInCount).toBe(1);
  });

  it("is dated from the day it is seeded: eight quarters from two quarters before the current one", async () => {
    const list = await loadPeriods(db, workspaceId);
    // Seeded on 2027-02-20, in Q1 2027: history is Q3 and Q4 2026.
    expect(list.map((p) => [p.label, p.startDate])).toEqual([
      ["Q3 2026", "2026-07-01"],
      ["Q4 2026", "2026-10-01"],
      ["Q1 2027", "2027-01-01"],
      ["Q2 2027", "2027-04-01"],
      ["Q3 2027", "2027-07-01"],
      ["Q4 2027", "2027-10-01"],
      ["Q1 2028", "2028-01-01"],
      ["Q2 2028", "2028-04-01"],
    ]);
    expect(list.map((p) => p.capacity)).toEqual([45, 50, 55, 50, 60, 55, 50, 40]);
    expect(planCalendar(list, SEEDED_ON)).toEqual({ today: SEEDED_ON, currentPeriod: 2, latestEndedPeriod: 1, pastTheEnd: false });
  });

  it("puts done and in-progress work in the past quarters, pins in the current one or later, readings and results in the past", async () => {
    const inits = await db.select().from(initiatives).where(eq(initiatives.workspaceId, workspaceId));
    const started = inits.filter((i) => i.status === "done" || i.status === "in_progress");
    expect(started).toHaveLength(8);
    for (const i of started) expect(i.startPeriod!).toBeLessThan(2);
    const pins = inits.filter((i) => i.pinnedPeriod !== null).map((i) => i.pinnedPeriod);
    expect(pins.sort()).toEqual([2, 3]);
    // The latest reading is the last day of Q4 2026, the quarter that ended last; the earliest three quarters before.
    const dates = (await db.select({ date: measureActuals.date }).from(measureActuals).where(eq(measureActuals.workspaceId, workspaceId)))
      .map((a) => a.date)
      .sort();
    expect(dates.at(-1)).toBe("2026-12-31");
    expect(dates[0]).toBe("2026-03-31");
    // Realised results only in the two quarters that have ended.
    const list = await loadPeriods(db, workspaceId);
    const resultPeriods = new Set(
      (
        await db
          .select({ periodId: initiativeResults.periodId })
          .from(initiativeResults)
          .where(eq(initiativeResults.workspaceId, workspaceId))
      ).map((r) => r.periodId),
    );
    expect([...resultPeriods].map((id) => list.find((p) => p.id === id)!.label).sort()).toEqual(["Q3 2026", "Q4 2026"]);
    const commentTimes = (await db.select({ at: comments.createdAt }).from(comments).where(eq(comments.workspaceId, workspaceId))).map(
      (c) => c.at,
    );
    expect(Math.max(...commentTimes)).toBeLessThanOrEqual(Date.parse("2027-02-20T12:00:00Z"));
    expect(Math.min(...commentTimes)).toBeGreaterThan(Date.parse("2027-02-18T00:00:00Z"));
  });

  it("gives every demo member their role and the shared demo password", async () => {
    const members = await db
      .select({ email: users.email, role: memberships.role, hash: users.passwordHash })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.workspaceId, workspaceId));
    expect(Object.fromEntries(members.map((m) => [m.email, m.role]))).toEqual({
      [DEMO_EMAIL]: "admin",
      "exec@triplecrown.local": "executive",
      "editor@triplecrown.local": "editor",
      "tracker@triplecrown.local": "tracker",
      "viewer@triplecrown.local": "viewer",
    });
    expect(new Set(members.map((m) => m.hash)).size).toBe(1);
    expect(await verifyPassword(DEMO_PASSWORD, members[0]!.hash)).toBe(true);
  });

  it("names no category by circumstance", async () => {
    const { circumstanceWarnings } = await import("@/server/domain/category/circumstance");
    for (const c of DEMO_CATEGORIES) expect(circumstanceWarnings(c.name, c.need)).toEqual([]);
  });

  it("is a valid portfolio with triple crowns and initiatives that harm experience", async () => {
    const model = (
      await db.select().from(scoringModels).where(eq(scoringModels.workspaceId, workspaceId)).orderBy(desc(scoringModels.number))
    )[0]!;
    const cats = await db.select().from(categories).where(eq(categories.workspaceId, workspaceId));
    const ms = await db
      .select({ id: moments.id, categoryId: canvases.categoryId, importance: moments.importance, performance: moments.performance })
      .from(moments)
      .innerJoin(canvases, eq(canvases.id, moments.canvasId))
      .where(eq(moments.workspaceId, workspaceId));
    const inits = await db.select().from(initiatives).where(eq(initiatives.workspaceId, workspaceId));
    const ids = inits.map((i) => i.id);
    const effects = await db.select().from(initiativeEffects).where(inArray(initiativeEffects.initiativeId, ids));
    const deps = await db.select().from(initiativeDependencies).where(inArray(initiativeDependencies.initiativeId, ids));
    const input: PortfolioInput = {
      model: {
        weights: { experience: model.weightExperience, cost: model.weightCost, revenue: model.weightRevenue },
        materialAmount: { cost: model.materialCost, revenue: model.materialRevenue },
        revenueMargin: model.revenueMargin,
        discountRate: model.discountRate,
        horizonYears: model.horizonYears,
      },
      categories: cats.map((c) => ({ id: c.id, weight: c.weight })),
      moments: ms,
      initiatives: inits.map((i) => ({
        id: i.id,
        costReduction: { low: i.costLow, likely: i.costLikely, high: i.costHigh },
        revenueGrowth: { low: i.revenueLow, likely: i.revenueLikely, high: i.revenueHigh },
        effects: effects.filter((e) => e.initiativeId === i.id).map((e) => ({ momentId: e.momentId, effect: e.effect })),
        investment: i.investment,
        effort: i.effort,
        durationPeriods: i.durationPeriods,
        confidence: i.confidence,
        dependsOn: deps.filter((d) => d.initiativeId === i.id).map((d) => d.dependsOnId),
        status: i.status,
        startPeriod: i.startPeriod,
        pinnedPeriod: i.pinnedPeriod,
      })),
    };
    expect(() => validatePortfolio(input)).not.toThrow();
    const scored = scorePortfolio(input);
    const title = new Map(inits.map((i) => [i.id, i.title]));
    const tripleCrowns = scored.filter((s) => s.tripleCrown).map((s) => title.get(s.id));
    const harmful = scored.filter((s) => s.flags.harmsExperience).map((s) => title.get(s.id));
    const unlinked = scored.filter((s) => s.flags.notLinkedToOutcome).map((s) => title.get(s.id));
    expect(tripleCrowns).toContain("Live repair tracker in the app");
    expect(tripleCrowns).toContain("Video health check before any extra work");
    expect(harmful).toContain("Chatbot replaces the phone line for status questions");
    expect(harmful).toContain("Switch to a cheaper, slower parts supplier");
    expect(new Set(unlinked)).toEqual(new Set(["Job status feed from the workshop system", "Email-only invoices"]));
  });

  it("closes the loop: verdicts of every kind, and a department that over-promises", async () => {
    const outcomes = await measureOutcomes(db, workspaceId);
    const titles = new Map(
      (await db.select().from(initiatives).where(eq(initiatives.workspaceId, workspaceId))).map((i) => [i.id, i.title]),
    );
    const verdicts = outcomes
      .filter((o) => o.result)
      .map((o) => `${titles.get(o.initiativeId)} / ${o.measureName}: ${o.result!.verdict}`)
      .sort();
    expect(verdicts).toEqual([
      "Self check-in kiosks at the desk / Minutes at the desk to drop the car off: not_yet",
      "“Your car is ready” text with a firm time / Cars ready by the promised time: partly",
      "“Your car is ready” text with a firm time / Customers who had to chase us for an update: delivered",
    ]);
    expect(outcomes.find((o) => o.measureName === "Calls handled per agent hour")?.kind).toBe("output");

    // Digital's three done initiatives, by hand (a quarter is 0.25 of a year, two quarters recorded):
    // cost: booking 26,000 of 45,000, history −2,500 of −2,500, kiosks 20,000 of 60,000 → 48,500 / 107,500.
    const ratios = await departmentRatios(db, workspaceId);
    expect(ratios.Digital!.cost.initiatives).toBe(3);
    expect(ratios.Digital!.cost.ratio).toBeCloseTo(48_500 / 107_500, 9);
    // revenue: booking 47,000 of 75,000, history 57,000 of 60,000, kiosks 5,000 of 20,000.
    expect(ratios.Digital!.revenue.ratio).toBeCloseTo(109_000 / 155_000, 9);
  });

  it("logs a decision for every decided initiative, with the figures it was decided on", async () => {
    const logged = await db.select().from(decisions).where(eq(decisions.workspaceId, workspaceId));
    expect(logged).toHaveLength(DEMO_INITIATIVES.filter((i) => i.status !== "proposed").length);
    const [kiosks] = await db.select().from(initiatives).where(eq(initiatives.title, "Self check-in kiosks at the desk"));
    const kiosk = logged.find((d) => d.initiativeId === kiosks!.id)!;
    expect(kiosk).toMatchObject({
      outcome: "approved",
      fromStatus: "proposed",
      reason: "Advisors' time goes to customers, not to typing.",
    });
    const figures = kiosk.figures as { scored: boolean; rank: number | null; costReduction: { likely: number } };
    expect(figures.scored).toBe(true);
    expect(figures.rank).not.toBeNull(); // decided while it was a ranked proposal
    expect(figures.costReduction.likely).toBe(120_000);
    // Decided a fortnight before its first quarter (period 0: seeded on 20 February 2027, the current quarter is Q1 2027, two quarters before it Q3 2026).
    expect(new Date(kiosk.decidedAt).toISOString().slice(0, 10)).toBe("2026-06-17");
  });
});
