import { describe, expect, it } from "vitest";
import { assumptionSupport, chooseConfidence, evidenceConfidence, type EvidencedAssumption } from "@/server/scoring";

const a = (status: EvidencedAssumption["status"], evidence: EvidencedAssumption["evidence"] = "opinion", critical = false) => ({
  status,
  evidence,
  critical,
});

describe("evidence-weighted confidence (hand-worked)", () => {
  it("gives each assumption its support: untested 0.5, validated 0.5 + 0.5 × strength, invalidated 0.5 − 0.5 × strength", () => {
    expect(assumptionSupport(a("untested", "launch"))).toBe(0.5);
    expect(assumptionSupport(a("validated", "opinion"))).toBe(0.625);
    expect(assumptionSupport(a("validated", "data"))).toBe(0.75);
    expect(assumptionSupport(a("validated", "test"))).toBe(0.875);
    expect(assumptionSupport(a("validated", "launch"))).toBe(1);
    expect(assumptionSupport(a("invalidated", "opinion"))).toBe(0.375);
    expect(assumptionSupport(a("invalidated", "launch"))).toBe(0);
  });

  it("averages them, a critical one counting twice", () => {
    expect(evidenceConfidence([])).toBeNull();
    expect(evidenceConfidence([a("untested")])).toBe(0.5);
    // (0.75 + 0.875) / 2
    expect(evidenceConfidence([a("validated", "data"), a("validated", "test")])).toBe(0.8125);
    // (2 × 0.5 + 1) / 3: an untested critical assumption holds a launched one down.
    expect(evidenceConfidence([a("untested", "opinion", true), a("validated", "launch")])).toBeCloseTo(2 / 3, 12);
  });

  it("never goes below 0.1", () => {
    expect(evidenceConfidence([a("invalidated", "launch")])).toBe(0.1);
    // (2 × 0.125 + 0.375) / 3 = 0.2083…
    expect(evidenceConfidence([a("invalidated", "test", true), a("invalidated", "opinion")])).toBeCloseTo(0.625 / 3, 12);
  });

  it("is used only when the model asks for it and the initiative has assumptions", () => {
    const some = [a("validated", "data")];
    expect(chooseConfidence(0.8, false, some)).toEqual({ confidence: 0.8, source: "hand", assumptions: 0 });
    expect(chooseConfidence(0.8, true, [])).toEqual({ confidence: 0.8, source: "hand", assumptions: 0 });
    expect(chooseConfidence(0.8, true, some)).toEqual({ confidence: 0.75, source: "evidence", assumptions: 1 });
  });
});
