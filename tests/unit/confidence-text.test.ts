import { describe, expect, it } from "vitest";
import { confidenceText } from "@/app/_components/initiative/confidence-text";

describe("confidenceText: which confidence scored", () => {
  it("names the evidence and how many assumptions and risks it rests on", () => {
    expect(confidenceText({ confidence: 0.72, source: "evidence", assumptions: 4 })).toBe(
      "Confidence 0.72 from 4 assumptions and risks (evidence)",
    );
    expect(confidenceText({ confidence: 0.875, source: "evidence", assumptions: 1 })).toBe(
      "Confidence 0.88 from 1 assumption or risk (evidence)",
    );
  });

  it("names the hand-picked level, or the number when it is not one of the levels", () => {
    expect(confidenceText({ confidence: 0.8, source: "hand", assumptions: 0 })).toBe("Confidence Medium (0.8), picked by hand");
    expect(confidenceText({ confidence: 1, source: "hand", assumptions: 0 })).toBe("Confidence High (1), picked by hand");
    expect(confidenceText({ confidence: 0.65, source: "hand", assumptions: 0 })).toBe("Confidence 0.65, picked by hand");
  });
});
