import type { PlanChoice } from "@/server/scoring";
import type { LoadedPortfolio } from "../scorecard/portfolio";
import { UNSCHEDULED_LISTED } from "../scorecard/views";
import type { PlanMode } from "./schemas";
import type { PlanInputs } from "./inputs";

/** An initiative named for people: its id and title, so a reason can say "needs Live repair tracker". */
type Named = { id: string; title: string };

/**
 * A plan as the page shows it: the engine's answer with titles, dates and
 * the capacity each period had before a scenario changed it. Every
 * scheduled item is there; unscheduled ones up to UNSCHEDULED_LISTED by rank
 * (the rest are counted), as on the greedy roadmap.
 */
export function planView(choice: PlanChoice, loaded: LoadedPortfolio, inputs: PlanInputs, stateKey: string, mode: PlanMode) {
  const named = (id: string): Named => ({ id, title: loaded.display.get(id)?.title ?? id });
  const dates = new Map(loaded.periods.map((p) => [p.id, { startDate: p.startDate, lastDay: p.lastDay }]));
  const prerequisites = new Map(loaded.input.initiatives.map((i) => [i.id, i.dependsOn]));
  // Why each blocker is out, read off the whole plan (the page lists only part of what is left out): a prerequisite
  // that is not an open item was cancelled.
  const outBecause = new Map(choice.items.flatMap((i) => (i.scheduled ? [] : [[i.id, i.reason] as const])));
  const blocker = (id: string) => {
    const reason = outBecause.get(id);
    return {
      ...named(id),
      why: reason === undefined ? ("cancelled" as const) : reason === "forced_out" ? ("forced_out" as const) : ("not_planned" as const),
    };
  };
  const items = choice.items.map((item) => {
    const shown = loaded.display.get(item.id);
    const about = {
      title: shown?.title ?? item.id,
      department: shown?.department ?? "",
      status: shown?.status ?? "proposed",
      version: shown?.version ?? 1,
      dependsOn: (prerequisites.get(item.id) ?? []).map(named),
    };
    if (item.scheduled) return { ...item, ...about };
    return { ...item, ...about, blockedByNamed: (item.blockedBy ?? []).map(blocker) };
  });
  const unscheduled = items.filter((i) => !i.scheduled);
  const listed = new Set(unscheduled.slice(0, UNSCHEDULED_LISTED).map((i) => i.id));
  return {
    stateKey,
    mode,
    scenario: inputs.scenario,
    modelNumber: inputs.modelNumber,
    calendar: inputs.calendar,
    status: choice.status,
    objective: choice.objective,
    greedyObjective: choice.greedyObjective,
    bound: choice.bound,
    gap: choice.gap,
    solveMs: choice.solveMs,
    totals: choice.totals,
    periods: choice.periods.map((p, index) => ({
      ...p,
      index,
      label: p.label ?? `Period ${index + 1}`,
      baseCapacity: inputs.baseCapacity.get(p.id) ?? p.capacity,
      ...(dates.get(p.id) ?? { startDate: "", lastDay: "" }),
    })),
    items: items.filter((i) => i.scheduled || listed.has(i.id)),
    unscheduledTotal: unscheduled.length,
    changes: choice.changes.map((c) => ({ ...c, title: named(c.id).title })),
    infeasible: choice.infeasible.map((f) => ({ ...f, title: named(f.id).title, blockedByNamed: (f.blockedBy ?? []).map(named) })),
    ignored: choice.ignored.map(named),
  };
}
export type PlanView = ReturnType<typeof planView>;
