// Ranking rule of docs/scoring.md section 3: priority desc, valueScore desc, id asc.
import { describe, expect, it } from "vitest";
import { analyzePortfolio, planRoadmap, rankPortfolio, scorePortfolio, weightSensitivity } from "@/server/scoring";
import { costOnly, valued } from "./fixtures";

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe("ranking", () => {
  it("puts the highest priority (value per effort) first, not the highest value", () => {
    const result = scorePortfolio(
      costOnly([
        valued("big", 80, { effort: 10 }), // priority 8
        valued("quick", 30, { effort: 2 }), // priority 15
        valued("loss", -10, { effort: 1 }), // priority −10
        valued("mid", 9, { effort: 1 }), // priority 9
      ]),
    );
    expect(ids(result)).toEqual(["quick", "mid", "big", "loss"]);
    expect(result.map((x) => x.rank)).toEqual([1, 2, 3, 4]);
  });

  it("breaks a priority tie by valueScore", () => {
    const result = scorePortfolio(costOnly([valued("a", 10, { effort: 1 }), valued("b", 20, { effort: 2 })]));
    expect(ids(result)).toEqual(["b", "a"]);
  });

  it("breaks a full tie by id in plain string order (not locale, not numeric)", () => {
    const result = scorePortfolio(costOnly(["b", "a9", "a10", "B", "ä"].map((id) => valued(id, 5))));
    expect(ids(result)).toEqual(["B", "a10", "a9", "b", "ä"]);
  });

  it("does not depend on the order of the input", () => {
    const a = scorePortfolio(costOnly([valued("x", 5), valued("y", 5), valued("z", 7)]));
    const b = scorePortfolio(costOnly([valued("z", 7), valued("y", 5), valued("x", 5)]));
    expect(ids(a)).toEqual(["z", "x", "y"]);
    expect(ids(b)).toEqual(["z", "x", "y"]);
  });

  it("ranks an empty portfolio as empty", () => {
    expect(scorePortfolio(costOnly([]))).toEqual([]);
  });
});

describe("rankPortfolio and analyzePortfolio", () => {
  const input = costOnly([valued("a", 10, { effort: 2 }), valued("b", 9), valued("c", -3, { dependsOn: ["a"] })]);

  it("rankPortfolio gives the ranking of scorePortfolio without the explanations", () => {
    expect(rankPortfolio(input)).toEqual([
      { id: "b", rank: 1, valueScore: 9, priority: 9 },
      { id: "a", rank: 2, valueScore: 10, priority: 5 },
      { id: "c", rank: 3, valueScore: -3, priority: -3 },
    ]);
  });

  it("analyzePortfolio equals the three separate calls", () => {
    const periods = [{ id: "q1", label: "Q1", capacity: 2 }];
    const all = analyzePortfolio(input, periods);
    expect(all.scored).toEqual(scorePortfolio(input));
    expect(all.sensitivity).toEqual(weightSensitivity(input));
    expect(all.roadmap).toEqual(planRoadmap(input, periods));
  });
});

describe("ranking a big portfolio", () => {
  it("keeps the rule with thousands of initiatives, many ties, negative and zero priorities", () => {
    // 3,000 initiatives: value v in −20..20 and effort in {1, 2, 4}, so priorities repeat a lot
    const many = Array.from({ length: 3000 }, (_, k) =>
      valued(`x${(k * 7919) % 3000}`, ((k * 37) % 41) - 20, { effort: [1, 2, 4][k % 3]! }),
    );
    const result = scorePortfolio(costOnly(many));
    expect(result).toHaveLength(3000);
    for (let k = 1; k < result.length; k++) {
      const a = result[k - 1]!;
      const b = result[k]!;
      const ordered =
        a.priority > b.priority ||
        (a.priority === b.priority && (a.valueScore > b.valueScore || (a.valueScore === b.valueScore && a.id < b.id)));
      if (!ordered) throw new Error(`rank ${k}: ${a.id} (${a.priority}, ${a.valueScore}) before ${b.id} (${b.priority}, ${b.valueScore})`);
    }
    // hand-worked ends: the best is value 20 with effort 1, the worst value −20 with effort 1
    expect(result[0]!.priority).toBe(20);
    expect(result[2999]!.priority).toBe(-20);
  });
});
