"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { scorePortfolio, type EffectLink, type Estimate, type InitiativeInput, type ScoredInitiative } from "@/server/scoring";
import { useTRPC } from "../trpc/client";
import { errorMessage } from "../trpc/error-message";
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
  | { status: "ok"; score: ScoredInitiative; of: number; momentNames: Map<string, string>; model: { horizonYears: number; revenueMargin: number } };

/**
 * Runs the scoring engine in the browser on the draft, with the workspace's
 * moments, category weights, model and every other initiative as last saved,
 * so value, rank and crowns move as the estimates are typed. The engine is
 * pure; the server computes the same numbers once the draft is saved.
 */
export function useLiveScore(initiativeId: string, draft: DraftEstimates | null, effects: EffectLink[]): LiveScore {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const input = { workspaceId: ws.id };
  const groups = useQuery(trpc.moment.listGrouped.queryOptions(input));
  const categories = useQuery(trpc.category.list.queryOptions({ ...input, limit: 500 }));
  const model = useQuery(trpc.scoringModel.get.queryOptions(input));
  const scorecard = useQuery(trpc.scorecard.get.queryOptions(input));

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
    const others: InitiativeInput[] = (scorecard.data?.initiatives ?? [])
      .filter((i) => i.id !== initiativeId)
      .map((i) => ({
        id: i.id,
        costReduction: i.costReduction,
        revenueGrowth: i.revenueGrowth,
        effects: i.breakdown.links.filter((l) => momentNames.has(l.momentId)).map((l) => ({ momentId: l.momentId, effect: l.effect })),
        investment: i.investment,
        effort: i.effort,
        durationPeriods: i.durationPeriods,
        confidence: i.confidence,
        dependsOn: [],
        status: i.status,
        startPeriod: i.startPeriod,
        pinnedPeriod: i.pinnedPeriod,
      }));
    const m = model.data;
    return {
      momentNames,
      moments,
      others,
      categories: categories.data.items.map((c) => ({ id: c.id, weight: c.weight })),
      model: { weights: m.weights, materialAmount: m.materialAmount, revenueMargin: m.revenueMargin, discountRate: m.discountRate, horizonYears: m.horizonYears },
    };
  }, [groups.data, categories.data, model.data, scorecard.data, initiativeId]);

  return useMemo((): LiveScore => {
    if (!base) return { status: "loading" };
    if (!draft) return { status: "invalid", message: "Fix the highlighted fields to see the score." };
    const self: InitiativeInput = {
      id: initiativeId,
      ...draft,
      effects: effects.filter((e) => base.momentNames.has(e.momentId)),
      dependsOn: [],
      status: "proposed",
    };
    try {
      const scored = scorePortfolio({ model: base.model, categories: base.categories, moments: base.moments, initiatives: [...base.others, self] });
      const score = scored.find((s) => s.id === initiativeId);
      if (!score) return { status: "loading" };
      return { status: "ok", score, of: scored.length, momentNames: base.momentNames, model: base.model };
    } catch (error) {
      return { status: "invalid", message: errorMessage(error) };
    }
  }, [base, draft, effects, initiativeId]);
}
