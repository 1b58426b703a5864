import type { WorkspaceCtx } from "../shared/context";
import { planChoice } from "./choice";
import type { ComparePlansInput } from "./schemas";
import type { PlanView } from "./view";

/** What a comparison shows of one side: the figures, not the whole plan. */
function side(view: PlanView) {
  return {
    mode: view.mode,
    scenario: view.scenario,
    modelNumber: view.modelNumber,
    status: view.status,
    objective: view.objective,
    gap: view.gap,
    totals: view.totals,
    periods: view.periods.map((p) => ({ id: p.id, label: p.label, capacity: p.capacity, used: p.used })),
    infeasible: view.infeasible,
  };
}

export type PlanMove = { id: string; title: string; kind: "added" | "dropped" | "moved"; a: number | null; b: number | null };

/**
 * Two plans side by side (each greedy or optimal, of the workspace or of a
 * scenario): their value, crowns and NPV, and every initiative whose place
 * differs — in B and not in A (added), in A and not in B (dropped), or
 * starting in another period (moved). Both plans list every scheduled item,
 * so the moves are complete even where unscheduled ones are only counted.
 */
export async function comparePlans(ctx: WorkspaceCtx, input: ComparePlansInput) {
  const [a, b] = await Promise.all([planChoice(ctx, input.a), planChoice(ctx, input.b)]);
  const startsIn = (view: PlanView) =>
    new Map(view.items.flatMap((i) => (i.scheduled ? [[i.id, { start: i.startPeriod, title: i.title }] as const] : [])));
  const inA = startsIn(a);
  const inB = startsIn(b);
  const moves: PlanMove[] = [];
  for (const [id, { start, title }] of inB) {
    const before = inA.get(id);
    if (!before) moves.push({ id, title, kind: "added", a: null, b: start });
    else if (before.start !== start) moves.push({ id, title, kind: "moved", a: before.start, b: start });
  }
  for (const [id, { start, title }] of inA) if (!inB.has(id)) moves.push({ id, title, kind: "dropped", a: start, b: null });
  moves.sort((x, y) => x.kind.localeCompare(y.kind) || x.title.localeCompare(y.title));
  return { a: side(a), b: side(b), moves };
}
