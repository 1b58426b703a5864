// Passes over a candidate plan that never lower its value and make its
// promises true:
// - repair: the solver's tolerances are looser than the plan's 1e-9, so its
//   answer is checked with the plan's own arithmetic; anything that breaks a
//   rule is taken out (with what depends on it);
// - dropUnneededEnablers: an initiative with valueScore <= 0 stays only when a
//   scheduled candidate depends on it (or it is forced in);
// - fill: after a time limit, a positive, unblocked candidate that still fits
//   is added, so no "no_capacity" reason ever lies;
// - moveEarlier: a scheduled candidate with positive value starts at the first
//   period where it fits, if that is earlier (the earliest-delivery tie-break
//   when the solver had no time to prove it).
import { CANDIDATE, PLANNED, TOLERANCE, type PlanContext } from "./context";
import { earliestStart, firstFit, occupy, place, unplace, usage, type Placement } from "./placement";

function isPlanned(ctx: PlanContext, p: Placement, i: number): boolean {
  return ctx.role[i] === CANDIDATE && p.scheduled[i] === 1 && p.kind[i] === PLANNED;
}

/** Takes out planned work that starts too early or too late, or whose prerequisite is not scheduled before it. */
function dropMisplaced(ctx: PlanContext, p: Placement): void {
  for (const i of ctx.topo) {
    if (!isPlanned(ctx, p, i)) continue;
    const earliest = earliestStart(ctx, p, i);
    if (ctx.forcedOut[i] === 1 || earliest < 0 || p.start[i]! < earliest || p.start[i]! + ctx.duration[i]! > ctx.P) unplace(p, i);
  }
}

export function repair(ctx: PlanContext, p: Placement, forced: Uint8Array): void {
  dropMisplaced(ctx, p);
  for (;;) {
    const used = usage(ctx, p);
    let victim = -1;
    for (let q = ctx.first; q < ctx.P && victim < 0; q++) {
      if (used[q]! <= ctx.capacity[q]! + TOLERANCE) continue;
      // The least valuable planned work in the period that is not forced in goes.
      for (let i = 0; i < ctx.role.length; i++) {
        if (!isPlanned(ctx, p, i) || forced[i] === 1) continue;
        if (p.start[i]! > q || p.start[i]! + ctx.duration[i]! <= q) continue;
        if (victim < 0 || ctx.ranked.s.value[i]! < ctx.ranked.s.value[victim]!) victim = i;
      }
    }
    if (victim < 0) break;
    unplace(p, victim);
    dropMisplaced(ctx, p);
  }
  dropUnneededEnablers(ctx, p, forced);
}

export function dropUnneededEnablers(ctx: PlanContext, p: Placement, forced: Uint8Array): void {
  const { dependentStart, dependent } = ctx.ranked.prep.graph;
  const value = ctx.ranked.s.value;
  for (let t = ctx.topo.length - 1; t >= 0; t--) {
    const i = ctx.topo[t]!;
    if (!isPlanned(ctx, p, i) || value[i]! > 0 || forced[i] === 1) continue;
    let needed = false;
    for (let k = dependentStart[i]!; k < dependentStart[i + 1]! && !needed; k++) needed = isPlanned(ctx, p, dependent[k]!);
    if (!needed) unplace(p, i);
  }
}

/** Adds every positive candidate that is not blocked and still fits, best ranked first, until nothing changes. */
export function fill(ctx: PlanContext, p: Placement): void {
  const { order, openCount, s } = ctx.ranked;
  const used = usage(ctx, p);
  for (let changed = true; changed;) {
    changed = false;
    for (let r = 0; r < openCount; r++) {
      const i = order[r]!;
      if (ctx.role[i] !== CANDIDATE || p.scheduled[i] === 1 || ctx.forcedOut[i] === 1 || s.value[i]! <= 0) continue;
      const earliest = earliestStart(ctx, p, i);
      if (earliest < 0) continue;
      const start = firstFit(ctx, used, earliest, ctx.duration[i]!, ctx.per[i]!);
      if (start < 0) continue;
      place(p, i, start);
      occupy(ctx, used, i, start, 1);
      changed = true;
    }
  }
}

/** Moves each planned candidate with positive value to its first fitting start, prerequisites first. */
export function moveEarlier(ctx: PlanContext, p: Placement): void {
  const used = usage(ctx, p);
  for (const i of ctx.topo) {
    if (!isPlanned(ctx, p, i) || ctx.ranked.s.value[i]! <= 0) continue;
    const earliest = earliestStart(ctx, p, i);
    if (earliest < 0 || earliest >= p.start[i]!) continue;
    occupy(ctx, used, i, p.start[i]!, -1);
    const start = firstFit(ctx, used, earliest, ctx.duration[i]!, ctx.per[i]!);
    if (start >= 0 && start < p.start[i]!) p.start[i] = start;
    occupy(ctx, used, i, p.start[i]!, 1);
  }
}
