import { describe, expect, it } from "vitest";
import { draftErrors, draftOf, toPatch, withFields } from "@/app/_components/initiative/draft";

const loaded = draftOf({
  title: "Text customers",
  problem: "",
  ownerId: null,
  department: "Ops",
  costReduction: { low: 100, likely: 200, high: 300 },
  revenueGrowth: { low: 0, likely: 0, high: 0 },
  investment: 0,
  effort: 1,
  durationPeriods: 1,
  confidence: 0.8,
});

describe("the initiative editor's field checks (issue 14, point 3)", () => {
  it("marks both parts of an estimate out of order, in words with the label, and nothing else", () => {
    const draft = withFields(loaded, { "costReduction.low": "500", department: "Service desk" });
    expect(draftErrors(draft)).toEqual({
      "costReduction.low": ["Cost reduction, low: must not be above the likely value"],
      "costReduction.likely": ["Cost reduction, likely: must not be below the low value"],
    });
  });

  it("marks a title over 200 characters with the limit and the length", () => {
    expect(draftErrors(withFields(loaded, { title: "t".repeat(250) })).title).toEqual(["Title: at most 200 characters (you have 250)"]);
  });

  it("turns changed fields into an update of only those fields, an estimate part alone", () => {
    expect(toPatch({ department: "Service desk", "costReduction.high": "90", ownerId: "" })).toEqual({
      department: "Service desk",
      costReduction: { high: 90 },
      ownerId: null,
    });
  });
});
