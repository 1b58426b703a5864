// explain.ts shares breakdown parts and link lists between initiatives whose
// values repeat. These cases check that sharing never hands one initiative
// another's explanation: equal scores that differ in confidence, clamping or
// links must still be explained apart, and equal ones must stay equal.
import { describe, expect, it } from "vitest";
import { scorePortfolio } from "@/server/scoring";
import { fixed, initiative, portfolio } from "./fixtures";

const moments = [
  { id: "m1", categoryId: "A", importance: 5, performance: 1 },
  { id: "m2", categoryId: "A", importance: 4, performance: 3 },
];
const byId = (input: Parameters<typeof scorePortfolio>[0]) => new Map(scorePortfolio(input).map((r) => [r.id, r]));

describe("shared explanations", () => {
  it("a cost score of exactly 10 and one capped at 10 keep their own clamped flag", () => {
    const r = byId(
      portfolio([
        initiative("exact", { costReduction: fixed(1_000_000) }),
        initiative("capped", { costReduction: fixed(2_500_000) }),
        initiative("capped2", { costReduction: fixed(4_000_000) }),
      ]),
    );
    expect(r.get("exact")!.breakdown.cost).toEqual({ score: 10, clamped: false, weight: 30, part: 30 });
    expect(r.get("capped")!.breakdown.cost).toEqual({ score: 10, clamped: true, weight: 30, part: 30 });
    expect(r.get("capped2")!.breakdown.cost).toEqual(r.get("capped")!.breakdown.cost);
  });

  it("equal experience scores at different confidences have different parts", () => {
    const effects = [{ momentId: "m1", effect: 3 }];
    const r = byId(
      portfolio(
        [
          initiative("sure", { effects, confidence: 1 }),
          initiative("unsure", { effects, confidence: 0.5 }),
          initiative("sure2", { effects, confidence: 1 }),
        ],
        { moments },
      ),
    );
    expect(r.get("sure")!.breakdown.experience.part).toBe(40);
    expect(r.get("unsure")!.breakdown.experience.part).toBe(20);
    expect(r.get("sure2")!.breakdown.experience).toEqual(r.get("sure")!.breakdown.experience);
  });

  it("an experience score capped at 10 is flagged clamped, a plain 10 is not", () => {
    const r = byId(
      portfolio(
        [
          initiative("plain", { effects: [{ momentId: "m1", effect: 3 }] }),
          initiative("capped", {
            effects: [
              { momentId: "m1", effect: 3 },
              { momentId: "m2", effect: 3 },
            ],
          }),
        ],
        { moments },
      ),
    );
    expect(r.get("plain")!.breakdown.experience).toMatchObject({ score: 10, clamped: false });
    expect(r.get("capped")!.breakdown.experience).toMatchObject({ score: 10, clamped: true });
  });

  it("link lists follow each initiative's own moments, effects and order", () => {
    const r = byId(
      portfolio(
        [
          initiative("ab", {
            effects: [
              { momentId: "m1", effect: 2 },
              { momentId: "m2", effect: -1 },
            ],
          }),
          initiative("ba", {
            effects: [
              { momentId: "m2", effect: -1 },
              { momentId: "m1", effect: 2 },
            ],
          }),
          initiative("ab2", {
            effects: [
              { momentId: "m1", effect: 2 },
              { momentId: "m2", effect: -1 },
            ],
          }),
          initiative("a3", { effects: [{ momentId: "m1", effect: 3 }] }),
        ],
        { moments },
      ),
    );
    const links = (id: string) => r.get(id)!.breakdown.links.map((l) => `${l.momentId}:${l.effect}`);
    expect(links("ab")).toEqual(["m1:2", "m2:-1"]);
    expect(links("ba")).toEqual(["m2:-1", "m1:2"]);
    expect(links("ab2")).toEqual(["m1:2", "m2:-1"]);
    expect(links("a3")).toEqual(["m1:3"]);
  });

  it("shared objects are frozen, so no caller can change another initiative's explanation", () => {
    const r = byId(portfolio([initiative("x", { costReduction: fixed(3_000_000), effects: [{ momentId: "m", effect: 1 }] })]));
    const x = r.get("x")!;
    expect(Object.isFrozen(x.breakdown.cost)).toBe(true);
    expect(Object.isFrozen(x.breakdown.links)).toBe(true);
  });
});
