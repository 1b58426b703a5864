import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { decisions, initiativeAssumptions } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";
import { failure, insertInitiative } from "../helpers/initiative-factories";

/*
 * Hand-worked (docs/scoring.md §2, §10.4). Default model: weights 40/30/30,
 * material cost 1,000,000. No effect links and a likely cost reduction of
 * 1,000,000 give s_C = 10, so B = 0.3 × 10 = 3 and valueScore = 10 × confidence × 3 = 30 × confidence.
 *
 * Evidence: an assumption supports 0.5 untested, 0.5 ± 0.5 × strength when validated / invalidated
 * (opinion 0.25, data 0.5, test 0.75, launch 1); critical ones weigh 2; the result is at least 0.1.
 *   Tested  (hand 0.8): validated by a test, critical → 0.875 (×2); invalidated by data → 0.25; untested opinion → 0.5
 *           confidence = (2 × 0.875 + 0.25 + 0.5) / 4 = 0.625 → value 18.75 (24 with the hand-picked 0.8)
 *   Doomed  (hand 1.0): invalidated at launch, twice → 0 each → floor 0.1 → value 3 (30 by hand)
 *   Unknown (hand 0.5): no assumptions → keeps 0.5 → value 15 either way
 */
let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: { workspaceId: string };
let ids: { tested: string; doomed: string; unknown: string };

const defaults = {
  weights: { experience: 40, cost: 30, revenue: 30 },
  materialAmount: { cost: 1_000_000, revenue: 1_000_000 },
  revenueMargin: 0.4,
  discountRate: 0.08,
  horizonYears: 3,
};

async function initiative(title: string, confidence: number) {
  const row = await insertInitiative(db, ws.workspaceId, {
    title,
    costLow: 1_000_000,
    costLikely: 1_000_000,
    costHigh: 1_000_000,
    effort: 5,
    confidence,
  });
  return row.id;
}

beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  ws = { workspaceId: team.workspaceId };
  ids = { tested: await initiative("Tested", 0.8), doomed: await initiative("Doomed", 1), unknown: await initiative("Unknown", 0.5) };
  const add = (
    initiativeId: string,
    status: "untested" | "validated" | "invalidated",
    evidence: "opinion" | "data" | "test" | "launch",
    critical = false,
  ) => team.as.editor.initiative.addAssumption({ ...ws, initiativeId, text: `${status} by ${evidence}`, status, evidence, critical });
  await add(ids.tested, "validated", "test", true);
  await add(ids.tested, "invalidated", "data");
  await add(ids.tested, "untested", "opinion");
  await add(ids.doomed, "invalidated", "launch");
  await add(ids.doomed, "invalidated", "launch");
});

async function card() {
  const c = await team.as.viewer.scorecard.get(ws);
  return new Map(c.initiatives.map((i) => [i.title, i]));
}

const useEvidence = async (on: boolean, version = 1) =>
  await team.as.admin.scoringModel.update({ ...ws, version, ...defaults, confidenceFromEvidence: on });

describe("evidence-weighted confidence, an option of the scoring model", () => {
  it("is off by default: every initiative scores with its hand-picked confidence", async () => {
    expect((await team.as.viewer.scoringModel.get(ws)).confidenceFromEvidence).toBe(false);
    const c = await card();
    expect(c.get("Tested")).toMatchObject({ confidence: 0.8, confidenceSource: "hand", confidenceAssumptions: 0 });
    expect(c.get("Tested")!.valueScore).toBeCloseTo(24, 9);
    expect(c.get("Doomed")!.valueScore).toBeCloseTo(30, 9);
    expect(c.get("Unknown")!.valueScore).toBeCloseTo(15, 9);
  });

  it("on, an initiative with assumptions scores with the evidence's confidence and one without keeps its own", async () => {
    const saved = await useEvidence(true);
    expect(saved).toMatchObject({ number: 2, confidenceFromEvidence: true });
    const c = await card();
    expect(c.get("Tested")).toMatchObject({ confidenceSource: "evidence", confidenceAssumptions: 3 });
    expect(c.get("Tested")!.confidence).toBeCloseTo(0.625, 12);
    expect(c.get("Tested")!.valueScore).toBeCloseTo(18.75, 9);
    expect(c.get("Doomed")).toMatchObject({ confidence: 0.1, confidenceSource: "evidence", confidenceAssumptions: 2 });
    expect(c.get("Doomed")!.valueScore).toBeCloseTo(3, 9);
    expect(c.get("Unknown")).toMatchObject({ confidence: 0.5, confidenceSource: "hand", confidenceAssumptions: 0 });
    expect(c.get("Unknown")!.valueScore).toBeCloseTo(15, 9);
    // Priorities (value / effort 5): Tested 3.75, Unknown 3, Doomed 0.6 (by hand Doomed 6 was first).
    expect([c.get("Tested")!.rank, c.get("Unknown")!.rank, c.get("Doomed")!.rank]).toEqual([1, 2, 3]);
  });

  it("a later version without the option goes back to the hand-picked values; a version that does not say keeps it", async () => {
    await useEvidence(true);
    const { confidenceFromEvidence: _omit, ...older } = { ...defaults, confidenceFromEvidence: undefined };
    const kept = await team.as.admin.scoringModel.update({ ...ws, version: 2, ...older, discountRate: 0.1 });
    expect(kept.confidenceFromEvidence).toBe(true);
    await useEvidence(false, 3);
    expect((await card()).get("Tested")!.valueScore).toBeCloseTo(24, 9);
  });

  it("the settings preview of turning it on shows the values the scorecard shows once it is saved", async () => {
    const preview = await team.as.viewer.scoringModel.preview({ ...ws, ...defaults, confidenceFromEvidence: true });
    const draft = new Map(preview.rows.map((r) => [r.title, r.draft]));
    expect(draft.get("Tested")!.valueScore).toBeCloseTo(18.75, 9);
    expect(draft.get("Doomed")!.valueScore).toBeCloseTo(3, 9);
    expect(new Map(preview.rows.map((r) => [r.title, r.current])).get("Tested")!.valueScore).toBeCloseTo(24, 9);
    await useEvidence(true);
    const c = await card();
    for (const r of preview.rows) {
      expect(c.get(r.title)!.valueScore, r.title).toBe(r.draft.valueScore);
      expect(c.get(r.title)!.rank, r.title).toBe(r.draft.rank);
    }
    // And the preview of turning it off again, from there, gives back the hand-picked values.
    const back = await team.as.viewer.scoringModel.preview({ ...ws, ...defaults, confidenceFromEvidence: false });
    expect(back.rows.find((r) => r.title === "Tested")!.draft.valueScore).toBeCloseTo(24, 9);
  });

  it("a scenario planned with an older version (hand-picked) scores with the hand-picked confidence", async () => {
    await useEvidence(true);
    const scenario = await team.as.admin.scenario.create({ ...ws, name: "Old model", scoringModelNumber: 1 });
    const withOld = await team.as.viewer.plan.choice({ ...ws, mode: "greedy", scenarioId: scenario.id });
    const now = await team.as.viewer.plan.choice({ ...ws, mode: "greedy" });
    const value = (plan: typeof now, id: string) => plan.items.find((i) => i.id === id)!.valueScore;
    expect(value(withOld, ids.tested)).toBeCloseTo(24, 9);
    expect(value(now, ids.tested)).toBeCloseTo(18.75, 9);
  });

  it("a decision keeps the confidence it was scored with and where it came from", async () => {
    await useEvidence(true);
    await team.as.executive.initiative.decide({ ...ws, id: ids.tested, version: 1, decision: "approve", reason: "Tested enough" });
    const [row] = await db.select().from(decisions).where(eq(decisions.initiativeId, ids.tested));
    expect(row!.modelNumber).toBe(2);
    expect(row!.figures).toMatchObject({ confidence: 0.625, confidenceSource: "evidence", confidenceAssumptions: 3 });
  });
});

describe("the evidence of an assumption", () => {
  it("is an opinion unless said otherwise, and can be changed", async () => {
    const added = await team.as.editor.initiative.addAssumption({ ...ws, initiativeId: ids.unknown, text: "Customers want it" });
    expect(added).toMatchObject({ evidence: "opinion", status: "untested" });
    const updated = await team.as.editor.initiative.updateAssumption({
      ...ws,
      id: added.id,
      version: added.version,
      status: "validated",
      evidence: "launch",
    });
    expect(updated).toMatchObject({ evidence: "launch", status: "validated" });
    const got = await team.as.viewer.initiative.get({ ...ws, id: ids.unknown });
    expect(got.assumptions.map((a) => [a.text, a.evidence])).toEqual([["Customers want it", "launch"]]);
  });

  it("refuses an unknown kind of evidence in plain words and changes nothing", async () => {
    const before = await db.select().from(initiativeAssumptions).where(eq(initiativeAssumptions.workspaceId, ws.workspaceId));
    const bad = await failure(
      team.as.editor.initiative.addAssumption({ ...ws, initiativeId: ids.unknown, text: "Rumour", evidence: "rumour" as "data" }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.fieldErrors.evidence).toEqual(["Choose what it rests on: opinion, data, test or launch"]);
    const first = before[0]!;
    const badUpdate = await failure(
      team.as.editor.initiative.updateAssumption({ ...ws, id: first.id, version: first.version, evidence: "gut" as "data" }),
    );
    expect(badUpdate.fieldErrors.evidence).toEqual(["Choose what it rests on: opinion, data, test or launch"]);
    expect(await db.select().from(initiativeAssumptions).where(eq(initiativeAssumptions.workspaceId, ws.workspaceId))).toEqual(before);
  });
});
