import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CrownBars } from "@/app/_components/scorecard/crown-bars";
import { crownParts, crownRule, thresholdPosition } from "@/server/format/crown";
import { crownLegend, crownMarks } from "@/server/domain/transfer/report-html";

// Hand-worked: threshold 0.5 points; experience 3.24 gains and is above it (crown), cost −1 loses,
// revenue 0.5 gains but is not above the threshold (no crown).
const scores = { experience: 3.24, cost: -1, revenue: 0.5 };

describe("the crown's parts", () => {
  it("names each part, writes its sign as a word and a shape, and judges the crown on the threshold", () => {
    const parts = crownParts(scores, 0.5);
    expect(parts.map((p) => [p.name, p.scoreText, p.signWord, p.signMark, p.won])).toEqual([
      ["Experience", "+3.2", "gains", "▲", true],
      ["Cost", "−1.0", "loses", "▼", false],
      ["Revenue", "+0.5", "gains", "▲", false],
    ]);
    // 3.24 of 10 points fills 0.324 of the half track.
    expect(parts[0]!.size).toBeCloseTo(0.324, 10);
    expect(crownParts({ experience: 0.04, cost: 0, revenue: -12 }).map((p) => [p.signWord, p.size])).toEqual([
      ["no change", 0.004],
      ["no change", 0],
      ["loses", 1],
    ]);
  });

  it("puts the threshold tick right of the middle line: 0.5 points of 10 is 2.5 % of the track past 50 %", () => {
    expect(thresholdPosition(0.5)).toBeCloseTo(0.525, 10);
    expect(thresholdPosition(2)).toBeCloseTo(0.6, 10);
    expect(crownRule(2)).toContain("above 2 points");
  });

  it("is drawn with the same parts in the app and in the board pack", () => {
    const app = renderToStaticMarkup(createElement(CrownBars, { scores, tripleCrown: false, threshold: 0.5, named: true }));
    expect(app).toContain("Experience +3.2 (crown), Cost −1.0, Revenue +0.5");
    expect(app).toContain('data-crown="E▲ C▼ R▲"');
    for (const label of ["Experience ▲", "Cost ▼", "Revenue ▲", "+3.2 crown", "−1.0", "+0.5"]) expect(app).toContain(label);

    const pdf = crownMarks(scores, 0.5) + crownLegend(0.5);
    for (const label of ["Experience ▲", "Cost ▼", "Revenue ▲", "+3.2 crown", "−1.0", "+0.5"]) expect(pdf).toContain(label);
    expect(pdf).toContain("How to read the crown:");
    expect(pdf).toContain("above 0.5 points");
    // The app's legend says the same rule.
    expect(crownRule(0.5)).toContain("above 0.5 points");
  });
});
