import { describe, expect, it } from "vitest";
import { decidedLine, expectedLine, realisedLine } from "@/app/_components/decision/decision-text";
import type { DecisionEntry } from "@/server/domain/decision/queries";

// Noon UTC, so the calendar day is 3 Mar 2027 in any time zone the tests run in.
const decidedAt = Date.parse("2027-03-03T12:00:00Z");

const approved: DecisionEntry = {
  id: "d1",
  fromStatus: "proposed",
  outcome: "approved",
  reason: "Loved by customers",
  decidedBy: { id: "u1", name: "Ana Lopez" },
  modelNumber: 3,
  decidedAt,
  figures: {
    scored: true,
    valueScore: 14.26,
    priority: 2.4,
    rank: 2,
    ranked: 18,
    crowns: 2,
    scores: { experience: 3, cost: 2, revenue: 0 },
    confidence: 0.72,
    confidenceSource: "evidence",
    confidenceAssumptions: 4,
    costReduction: { low: 100_000, likely: 120_000, high: 150_000 },
    revenueGrowth: { low: 0, likely: 0, high: 0 },
    investment: 80_000,
    effort: 6,
    npv: 300_000,
    paybackYears: 0.7,
  },
  realisedSince: null,
};

describe("decision log text", () => {
  it("says who decided what, when and why", () => {
    expect(decidedLine(approved)).toBe("Approved on 3 Mar 2027 by Ana Lopez — ‘Loved by customers’.");
    expect(decidedLine({ ...approved, outcome: "cancelled", fromStatus: "proposed" })).toMatch(/^Rejected on/);
    expect(decidedLine({ ...approved, outcome: "cancelled", fromStatus: "approved" })).toMatch(/^Cancelled on/);
    expect(decidedLine({ ...approved, outcome: "cancelled", fromStatus: "in_progress", decidedBy: null })).toBe(
      "Stopped on 3 Mar 2027 by a former member — ‘Loved by customers’.",
    );
    expect(decidedLine({ ...approved, reason: "Cheap to try; customers ask for it." })).toBe(
      "Approved on 3 Mar 2027 by Ana Lopez — ‘Cheap to try; customers ask for it.’",
    );
  });

  it("says what the scorecard expected then", () => {
    expect(expectedLine(approved, "EUR")).toBe(
      "Expected then: value +14.3 (rank 2 of 18, 2 crowns), cost reduction €120,000 a year, revenue growth €0 a year, investment €80,000; confidence 0.72 from 4 assumptions and risks (scoring model v3).",
    );
    const hand = {
      ...approved,
      figures: { ...approved.figures, rank: null, crowns: 1, confidence: 0.8, confidenceSource: "hand" as const, confidenceAssumptions: 0 },
    };
    expect(expectedLine(hand, "EUR")).toContain("(not ranked, 1 crown)");
    expect(expectedLine(hand, "EUR")).toContain("confidence 0.8 picked by hand");
    expect(expectedLine({ ...approved, figures: { scored: false, reason: "The scorecard could not be computed." } }, "EUR")).toBe(
      "No figures kept: The scorecard could not be computed.",
    );
  });

  it("sets what was realised against what was planned for the same periods", () => {
    expect(realisedLine(approved, "EUR")).toBeNull();
    const since = {
      ...approved,
      realisedSince: {
        periods: 3,
        costReduction: { realised: 80_000, planned: 90_000, share: 80_000 / 90_000 },
        revenueGrowth: { realised: 0, planned: 0, share: null },
      },
    };
    expect(realisedLine(since, "EUR")).toBe(
      "Realised since: cost reduction €80,000 over 3 periods against €90,000 planned for them (89%).",
    );
    const withRevenue = {
      ...since,
      realisedSince: { ...since.realisedSince, revenueGrowth: { realised: 5_000, planned: 0, share: null } },
    };
    expect(realisedLine(withRevenue, "EUR")).toBe(
      "Realised since: cost reduction €80,000 over 3 periods against €90,000 planned for them (89%); revenue growth €5,000 over 3 periods against €0 planned for them.",
    );
  });
});
