import { insertedRow } from "@/db/database";
import type { Db } from "@/db/client";
import {
  canvases,
  categories,
  comments,
  initiativeAssumptions,
  initiativeDependencies,
  initiativeEffects,
  initiativeResults,
  initiatives,
  measureActuals,
  measures,
  moments,
  periods,
  scoringModels,
} from "@/db/schema";

/**
 * A workspace with one of everything the workspace file carries, inserted
 * straight into the database (not through the code under test). Every
 * person reference is `people.owner` / `people.author`; createdAt values are
 * distinct so the file's order is fixed.
 */
export async function makeRichWorkspace(db: Db, workspaceId: string, people: { owner: string; author: string }) {
  let clock = 1_700_000_000_000;
  const at = () => (clock += 1000);

  const speed = await insertedRow(
    db
      .insert(categories)
      .values({
        workspaceId,
        name: "Time is money",
        need: "My car back the same day",
        weight: 2,
        size: 12_000,
        digitalSavviness: "high",
        createdAt: at(),
      })
      .returning(),
  );
  const calm = await insertedRow(
    db
      .insert(categories)
      .values({
        workspaceId,
        name: "Peace of mind",
        need: "Never worry about safety",
        jobToBeDone: "Keep the family safe",
        weight: 1,
        createdAt: at(),
      })
      .returning(),
  );
  const c1 = await insertedRow(
    db
      .insert(canvases)
      .values({
        workspaceId,
        categoryId: speed.id,
        title: "Same-day service",
        outcomeStatement: "I get my car back the day I was promised",
        painPoints: "Chasing",
        status: "agreed",
        createdAt: at(),
      })
      .returning(),
  );
  const c2 = await insertedRow(
    db.insert(canvases).values({ workspaceId, categoryId: calm.id, title: "Safe and sound", createdAt: at() }).returning(),
  );
  const m1 = await insertedRow(
    db
      .insert(moments)
      .values({
        workspaceId,
        canvasId: c1.id,
        name: "Booking online",
        stage: "Booking",
        journeyType: "service-planned",
        channel: "Web",
        importance: 5,
        performance: 2,
        volumePerYear: 12_000,
        costPerInteraction: 4.5,
        position: 0,
        createdAt: at(),
      })
      .returning(),
  );
  const m2 = await insertedRow(
    db
      .insert(moments)
      .values({ workspaceId, canvasId: c1.id, name: "Car handover", importance: 4, performance: 3, position: 1, createdAt: at() })
      .returning(),
  );
  const m3 = await insertedRow(
    db
      .insert(moments)
      .values({ workspaceId, canvasId: c2.id, name: "Safety check call", importance: 3, performance: 4, position: 0, createdAt: at() })
      .returning(),
  );
  const nps = await insertedRow(
    db
      .insert(measures)
      .values({
        workspaceId,
        canvasId: c1.id,
        name: "Cars back when promised",
        kind: "outcome",
        unit: "%",
        baseline: 62,
        target: 90,
        createdAt: at(),
      })
      .returning(),
  );
  await insertedRow(
    db
      .insert(measures)
      .values({ workspaceId, canvasId: c2.id, name: "Calls handled", kind: "output", direction: "lower_is_better", createdAt: at() })
      .returning(),
  );
  await db.insert(measureActuals).values([
    { workspaceId, measureId: nps.id, date: "2027-01-31", value: 64, note: "January", createdBy: people.author, createdAt: at() },
    { workspaceId, measureId: nps.id, date: "2027-02-28", value: 71, createdBy: people.author, createdAt: at() },
  ]);
  const q1 = await insertedRow(
    db.insert(periods).values({ workspaceId, label: "Q1 2027", startDate: "2027-01-01", capacity: 10, createdAt: at() }).returning(),
  );
  const q2 = await insertedRow(
    db.insert(periods).values({ workspaceId, label: "Q2 2027", startDate: "2027-04-01", capacity: 12, createdAt: at() }).returning(),
  );
  await db.insert(scoringModels).values({
    workspaceId,
    number: 2,
    weightExperience: 50,
    weightCost: 25,
    weightRevenue: 25,
    materialCost: 500_000,
    materialRevenue: 800_000,
    revenueMargin: 0.3,
    discountRate: 0.1,
    horizonYears: 4,
    note: "Experience first",
    createdBy: people.owner,
    createdAt: at(),
  });

  const platform = await insertedRow(
    db
      .insert(initiatives)
      .values({
        workspaceId,
        title: "Booking platform",
        problem: "Phone queues",
        ownerId: people.owner,
        department: "Digital",
        status: "in_progress",
        costLow: 50_000,
        costLikely: 80_000,
        costHigh: 120_000,
        revenueLow: 0,
        revenueLikely: 40_000,
        revenueHigh: 90_000,
        investment: 150_000,
        effort: 8,
        durationPeriods: 2,
        confidence: 0.8,
        startPeriod: 0,
        progress: 40,
        createdBy: people.owner,
        createdAt: at(),
      })
      .returning(),
  );
  const fixed = await insertedRow(
    db
      .insert(initiatives)
      .values({
        workspaceId,
        title: "Fixed return time",
        department: "Workshop",
        status: "approved",
        pinnedPeriod: 1,
        decisionReason: "Clear triple crown",
        costLikely: 30_000,
        costHigh: 30_000,
        revenueLikely: 60_000,
        revenueHigh: 60_000,
        effort: 4,
        confidence: 1,
        createdBy: people.owner,
        createdAt: at(),
      })
      .returning(),
  );
  const sms = await insertedRow(
    db
      .insert(initiatives)
      .values({
        workspaceId,
        title: "Text when ready",
        department: "Digital",
        costLikely: 5_000,
        costHigh: 5_000,
        effort: 1,
        confidence: 0.5,
        createdAt: at(),
      })
      .returning(),
  );
  await insertedRow(
    db
      .insert(initiatives)
      .values({
        workspaceId,
        title: "Cut opening hours",
        department: "Finance",
        status: "cancelled",
        costLow: 90_000,
        costLikely: 90_000,
        costHigh: 90_000,
        createdAt: at(),
      })
      .returning(),
  );
  await db.insert(initiativeEffects).values([
    { workspaceId, initiativeId: platform.id, momentId: m1.id, effect: 3 },
    { workspaceId, initiativeId: platform.id, momentId: m3.id, effect: -1 },
    { workspaceId, initiativeId: fixed.id, momentId: m2.id, effect: 2 },
  ]);
  await db.insert(initiativeDependencies).values([
    { workspaceId, initiativeId: fixed.id, dependsOnId: platform.id },
    { workspaceId, initiativeId: sms.id, dependsOnId: platform.id },
    { workspaceId, initiativeId: sms.id, dependsOnId: fixed.id },
  ]);
  await db.insert(initiativeAssumptions).values([
    {
      workspaceId,
      initiativeId: platform.id,
      kind: "assumption",
      text: "Half of bookings move online",
      status: "validated",
      critical: true,
      createdAt: at(),
    },
    { workspaceId, initiativeId: platform.id, kind: "risk", text: "Dealer system API is late", createdAt: at() },
  ]);
  await db.insert(initiativeResults).values({
    workspaceId,
    initiativeId: platform.id,
    periodId: q1.id,
    actualCostReduction: 12_000,
    actualRevenueGrowth: 3_000,
    note: "First quarter",
    createdAt: at(),
  });
  await db.insert(comments).values([
    {
      workspaceId,
      entityType: "initiative",
      entityId: platform.id,
      authorId: people.author,
      body: "Can we start with one branch?",
      createdAt: at(),
    },
    {
      workspaceId,
      entityType: "canvas",
      entityId: c1.id,
      authorId: people.author,
      body: "Agreed with the service desk",
      createdAt: at(),
    },
  ]);
  return { categories: [speed, calm], canvases: [c1, c2], moments: [m1, m2, m3], periods: [q1, q2], initiatives: { platform, fixed, sms } };
}

export type WorkspaceFileJson = Record<string, unknown> & { workspace: Record<string, unknown> };

/** A workspace file without what may differ after a round trip: the export time and the workspace's name. */
export function normalised(file: WorkspaceFileJson) {
  const { exportedAt: _at, workspace, ...rest } = file;
  const { name: _name, ...content } = workspace;
  return { ...rest, workspace: content };
}
