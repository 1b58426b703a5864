// Weight sensitivity of docs/scoring.md section 4, hand-worked.
import { describe, expect, it } from "vitest";
import { sensitivityScenarios, weightSensitivity, type CrownWeights } from "@/server/scoring";
import { fixed, initiative, portfolio } from "./fixtures";

const w = (experience: number, cost: number, revenue: number): CrownWeights => ({ experience, cost, revenue });

function expectWeights(actual: CrownWeights, expected: CrownWeights) {
  expect(actual.experience).toBeCloseTo(expected.experience, 9);
  expect(actual.cost).toBeCloseTo(expected.cost, 9);
  expect(actual.revenue).toBeCloseTo(expected.revenue, 9);
}

describe("sensitivityScenarios", () => {
  it("moves one weight by ±10 and shares the rest in proportion (40/30/30)", () => {
    const s = sensitivityScenarios(w(40, 30, 30));
    expect(s.map((x) => [x.crown, x.delta])).toEqual([
      ["experience", -10],
      ["experience", 10],
      ["cost", -10],
      ["cost", 10],
      ["revenue", -10],
      ["revenue", 10],
    ]);
    expectWeights(s[0]!.weights, w(30, 35, 35));
    expectWeights(s[1]!.weights, w(50, 25, 25));
    // cost 20; 80 shared 40 : 30 → 45.714…, 34.285…
    expectWeights(s[2]!.weights, w(320 / 7, 20, 240 / 7));
    // cost 40; 60 shared 40 : 30 → 34.285…, 25.714…
    expectWeights(s[3]!.weights, w(240 / 7, 40, 180 / 7));
    expectWeights(s[4]!.weights, w(320 / 7, 240 / 7, 20));
    expectWeights(s[5]!.weights, w(240 / 7, 180 / 7, 40));
  });

  it("shares equally when both other weights are 0, and clamps at 0 and 100", () => {
    const s = sensitivityScenarios(w(100, 0, 0));
    expectWeights(s[0]!.weights, w(90, 5, 5)); // experience −10: the others were both 0
    expectWeights(s[1]!.weights, w(100, 0, 0)); // experience +10 clamps at 100
    expectWeights(s[2]!.weights, w(100, 0, 0)); // cost −10 clamps at 0; 100 goes 100 : 0
    expectWeights(s[3]!.weights, w(90, 10, 0)); // cost +10; 90 shared 100 : 0
  });

  it("handles a zero weight moving up", () => {
    const s = sensitivityScenarios(w(0, 50, 50));
    expectWeights(s[0]!.weights, w(0, 50, 50));
    expectWeights(s[1]!.weights, w(10, 45, 45));
  });
});

describe("weightSensitivity", () => {
  // x: pure experience (s_E 10 → base value 40); c1..c4: pure cost s_C 10, 9.9, 9.8, 9.7
  // (base values 30, 29.7, 29.4, 29.1). All effort 1, confidence 1.
  const input = portfolio([
    initiative("x", { effects: [{ momentId: "m", effect: 3 }] }),
    initiative("c1", { costReduction: fixed(1_000_000) }),
    initiative("c2", { costReduction: fixed(990_000) }),
    initiative("c3", { costReduction: fixed(980_000) }),
    initiative("c4", { costReduction: fixed(970_000) }),
  ]);
  const rows = weightSensitivity(input);
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it("lists rows in base rank order", () => {
    expect(rows.map((r) => [r.id, r.rank])).toEqual([
      ["x", 1],
      ["c1", 2],
      ["c2", 3],
      ["c3", 4],
      ["c4", 5],
    ]);
  });

  it("ranks the experience initiative in each scenario", () => {
    // E−10 (30/35/35): x 30 < c4 33.95 → 5; E+10: 1; C−10: x 45.7 > c1 20 → 1;
    // C+10 (34.3/40/25.7): x 34.3 < c4 38.8 → 5; R−10: 1; R+10 (34.3/25.7/40): x 34.3 > c1 25.7 → 1
    expect(row("x").scenarios.map((s) => s.rank)).toEqual([5, 1, 1, 5, 1, 1]);
    expect(row("x")).toMatchObject({ rankMin: 1, rankMax: 5, robust: false });
  });

  it("calls a spread of at most 2 places robust", () => {
    expect(row("c1").scenarios.map((s) => s.rank)).toEqual([1, 2, 2, 1, 2, 2]);
    expect(row("c1")).toMatchObject({ rankMin: 1, rankMax: 2, robust: true });
    expect(row("c4")).toMatchObject({ rankMin: 4, rankMax: 5, robust: true });
  });

  it("keeps confidence in every scenario", () => {
    // x at confidence 0.5: base value 20 < c4's 29.1 → rank 5. E+10 (50/25/25): x = 10 × 0.5 × 5 = 25,
    // c1..c4 = 25, 24.75, 24.5, 24.25; the tie with c1 goes to the lower id "c1" → x rank 2.
    const rows2 = weightSensitivity(
      portfolio([
        initiative("x", { effects: [{ momentId: "m", effect: 3 }], confidence: 0.5 }),
        initiative("c1", { costReduction: fixed(1_000_000) }),
        initiative("c2", { costReduction: fixed(990_000) }),
        initiative("c3", { costReduction: fixed(980_000) }),
        initiative("c4", { costReduction: fixed(970_000) }),
      ]),
    );
    const x = rows2.find((r) => r.id === "x")!;
    expect(x.rank).toBe(5);
    expect(x.scenarios[1]!.rank).toBe(2);
  });
});
