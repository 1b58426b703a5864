import { DEFAULT_CROWN_THRESHOLD } from "@/server/scoring/model";
import { formatNumber, formatSigned } from "./figures";

/**
 * The triple crown as every surface draws it (app, share page, board pack, CSV): one description of its parts,
 * their labels, sign words and the threshold rule, so the overview and the PDF cannot drift apart.
 */

export type CrownScores = { experience: number; cost: number; revenue: number };

export const CROWN_PARTS = [
  { key: "experience", letter: "E", name: "Experience" },
  { key: "cost", letter: "C", name: "Cost" },
  { key: "revenue", letter: "R", name: "Revenue" },
] as const;

/** Crown scores run from −10 to +10 points: the bar's half-width stands for 10 points. */
export const CROWN_SCALE = 10;

export type CrownSign = "gain" | "loss" | "none";

export interface CrownPart {
  key: (typeof CROWN_PARTS)[number]["key"];
  letter: string;
  name: string;
  score: number;
  /** "+3.2", "−1.0", "0.0": the sign is always written, never only coloured. */
  scoreText: string;
  sign: CrownSign;
  /** "gains", "loses", "no change": the sign in words. */
  signWord: string;
  /** "▲", "▼", "–": the sign as a shape, beside the label. */
  signMark: string;
  /** Above the threshold: this part of the crown is won. */
  won: boolean;
  /** The bar's length as a share of its half-track, 0..1. */
  size: number;
}

const SIGN: Record<CrownSign, { word: string; mark: string }> = {
  gain: { word: "gains", mark: "▲" },
  loss: { word: "loses", mark: "▼" },
  none: { word: "no change", mark: "–" },
};

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** The three parts of a crown, in the order they are always drawn: experience, cost, revenue. */
export function crownParts(scores: CrownScores, threshold: number = DEFAULT_CROWN_THRESHOLD): CrownPart[] {
  return CROWN_PARTS.map((p) => {
    const score = scores[p.key];
    const scoreText = formatSigned(score, 1);
    // The sign follows the written figure: a score that rounds to 0.0 reads as no change.
    const sign: CrownSign = /^[0.,]+$/.test(scoreText) ? "none" : score > 0 ? "gain" : "loss";
    return {
      ...p,
      score,
      scoreText,
      sign,
      signWord: SIGN[sign].word,
      signMark: SIGN[sign].mark,
      won: score > threshold,
      size: clamp01(Math.abs(score) / CROWN_SCALE),
    };
  });
}

/** Where the threshold tick sits on a track whose middle is zero, as a share of the whole track (0.5..1). */
export function thresholdPosition(threshold: number = DEFAULT_CROWN_THRESHOLD): number {
  return 0.5 + clamp01(threshold / CROWN_SCALE) / 2;
}

/** "Experience +3.2 (crown), Cost −1.0, Revenue +0.4": what a screen reader and a tooltip say. */
export function crownSummary(parts: CrownPart[], tripleCrown: boolean): string {
  const text = parts.map((p) => `${p.name} ${p.scoreText}${p.won ? " (crown)" : ""}`).join(", ");
  return tripleCrown ? `${text}; triple crown` : text;
}

/** The threshold rule in plain words, for every legend. */
export function crownRule(threshold: number = DEFAULT_CROWN_THRESHOLD): string {
  return (
    `Each bar shows one part of the crown, from −10 to +10 points: right of the middle line (▲) it gains, left (▼) it loses. ` +
    `A part wins its crown when it is above ${formatNumber(threshold, 1)} points (the tick on the bar); all three won is a triple crown.`
  );
}
