"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import type { EffectLink, Estimate, InitiativeInput, ScoredInitiative } from "@/server/scoring";
import { chooseConfidence, type ConfidenceChoice, type EvidencedAssumption } from "@/server/scoring/outcomes/evidence";
import type { scorePortfolio as ScorePortfolio } from "@/server/scoring/score";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { useWorkspace } from "../workspace/workspace-context";

export type DraftEstimates = {
  costReduction: Estimate;
  revenueGrowth: Estimate;
  investment: number;
  effort: number;
  durationPeriods: number;
  confidence: number;
};

export type LiveScore =
  | { status: "loading" }
  | { status: "invalid"; message: string }
  | {
      status: "ok";
      score: ScoredInitiative;
      /** Place in the workspace's ranking; null when below the part of the ranking the summary carries. */
      rank: number | null;
      of: number;
      momentNames: Map<string, string>;
      model: { horizonYears: number; revenueMargin: number };
      /** The confidence scored with: the hand-picked one, or the assumptions' when the model asks (as the scorecard chooses). */
      confidence: ConfidenceChoice;
    };

/** The engine's refusal, said for the person typing (its own message names paths and ids). */
function scoringProblem(error: unknown): string {
  const paths = ((error as { issues?: { path: string }[] }).issues ?? []).map((i) => i.path);
  if (paths.some((p) => /\.(low|high)$/.test(p)))
    return "Low, likely and high must go up in that order (low ≤ likely ≤ high) before the score can be computed.";
  if (paths.some((p) => p.endsWith("effort"))) return "Effort must be more than 0 before the score can be computed.";
  if (paths.some((p) => p.endsWith("durationPeriods"))) return "Duration is a whole number of periods, 1 or more.";
  if (paths.some((p) => p.endsWith("investment"))) return "Investment cannot be negative.";
  return `These estimates cannot be scored yet: ${readTrpcError(error).message}`;
}

type Point = { id: string; valueScore: number; effort: number };

/** Where the draft would rank among the others (docs/scoring.md §3: priority, then value score, then id). */
function rankAmong(points: Point[], self: { id: string; priority: number; valueScore: number }): number {
  let ahead = 0;
  for (const p of points) {
    if (p.id === self.id) continue;
    const priority = p.valueScore / p.effort;
    if (
      priority > self.priority ||
      (priority === self.priority && (p.valueScore > self.valueScore || (p.valueScore === self.valueScore && p.id < self.id)))
    )
      ahead++;
  }
  return ahead + 1;
}

/**
 * Runs the scoring engine in the browser on the draft, with the workspace's
 * moments, category weights and model, so value, crowns and flags move as the
 * estimates are typed. The engine is pure; the server computes the same
 * numbers once the draft is saved. The rank compares the draft's priority with
 * the top of the ranking from the scorecard summary (a page-sized view: the
 * whole scorecard of a big workspace is megabytes).
 */
export function useLiveScore(
  initiativeId: string,
  draft: DraftEstimates | null,
  effects: EffectLink[],
  assumptions: readonly EvidencedAssumption[],
): LiveScore {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const input = { workspaceId: ws.id };
  const groups = useQuery(trpc.moment.listGrouped.queryOptions(input));
  const categories = useQuery(trpc.category.list.queryOptions({ ...input, limit: 500 }));
  const model = useQuery(trpc.scoringModel.get.queryOptions(input));
  const summary = useQuery(trpc.scorecard.summary.queryOptions(input));
  // The engine (~5 KB gzipped) is fetched while the queries above are in flight, not with the page's first load.
  const [scorePortfolio, setScorePortfolio] = useState<typeof ScorePortfolio | null>(null);
  useEffect(() => {
    let live = true;
    void import("@/server/scoring/score").then((engine) => {
      if (live) setScorePortfolio(() => engine.scorePortfolio);
    });
    return () => {
      live = false;
    };
  }, []);

  const base = useMemo(() => {
    if (!groups.data || !categories.data || !model.data) return null;
    const momentNames = new Map<string, string>();
    const moments = groups.data.groups.flatMap((g) =>
      g.canvases.flatMap((c) =>
        c.moments.map((m) => {
          momentNames.set(m.id, m.name);
          return { id: m.id, categoryId: g.categoryId, importance: m.importance, performance: m.performance };
        }),
      ),
    );
    const m = model.data;
    return {
      momentNames,
      moments,
      categories: categories.data.items.map((c) => ({ id: c.id, weight: c.weight })),
      confidenceFromEvidence: m.confidenceFromEvidence,
      model: {
        weights: m.weights,
        materialAmount: m.materialAmount,
        revenueMargin: m.revenueMargin,
        discountRate: m.discountRate,
        horizonYears: m.horizonYears,
      },
    };
  }, [groups.data, categories.data, model.data]);

  return useMemo((): LiveScore => {
    if (!base || !scorePortfolio) return { status: "loading" };
    if (!draft) return { status: "invalid", message: "Fix the highlighted fields to see the score." };
    const confidence = chooseConfidence(draft.confidence, base.confidenceFromEvidence, assumptions);
    const self: InitiativeInput = {
      id: initiativeId,
      ...draft,
      confidence: confidence.confidence,
      effects: effects.filter((e) => base.momentNames.has(e.momentId)),
      dependsOn: [],
      status: "proposed",
    };
    try {
      const [score] = scorePortfolio({ model: base.model, categories: base.categories, moments: base.moments, initiatives: [self] });
      if (!score) return { status: "loading" };
      const points = summary.data?.points ?? [];
      const total = summary.data?.total ?? 1;
      const rank = rankAmong(points, { id: initiativeId, priority: score.priority, valueScore: score.valueScore });
      const known = points.length >= total - (points.some((p) => p.id === initiativeId) ? 0 : 1);
      return {
        status: "ok",
        score,
        rank: rank <= points.length || known ? rank : null,
        of: Math.max(total, 1),
        momentNames: base.momentNames,
        model: base.model,
        confidence,
      };
    } catch (error) {
      return { status: "invalid", message: scoringProblem(error) };
    }
  }, [base, scorePortfolio, draft, effects, assumptions, initiativeId, summary.data]);
}
