// A local search that makes a plan worth more before the solver starts from it
// (a better starting solution lets the solver spend its time on the bound).
// Move: put in an unscheduled candidate with positive value at some start,
// taking out planned work that nothing scheduled depends on when its periods
// lack room, if what comes out is worth less than what goes in; then put back
// whatever still fits. Every move raises the value, so the search ends; it
// stops after `rounds` passes at the latest.
import { CANDIDATE, PLANNED, TOLERANCE, type PlanContext } from "./context";
import { earliestStart, firstFit, occupy, place, unplace, usage, type Placement } from "./placement";
import { fill } from "./polish";

export function improve(ctx: PlanContext, p: Placement, forced: Uint8Array, rounds = 4): void {
  const { role, duration, per, P, capacity } = ctx;
  const { dependentStart, dependent } = ctx.ranked.prep.graph;
  const { order, openCount, s } = ctx.ranked;
  const value = s.value;
  const n = role.length;
  const used = usage(ctx, p);
  const planned = (i: number): boolean => role[i] === CANDIDATE && p.scheduled[i] === 1 && p.kind[i] === PLANNED;
  /** Planned, not forced in, and no scheduled candidate depends on it: it can come out alone. */
  const removable = (i: number): boolean => {
    if (!planned(i) || forced[i] === 1) return false;
    for (let k = dependentStart[i]!; k < dependentStart[i + 1]!; k++) if (planned(dependent[k]!)) return false;
    return true;
  };
  const deficit = new Float64Array(P);
  const chosen: number[] = [];
  const bestOut: number[] = [];
  const removables = (): number[] => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) if (removable(i)) out.push(i);
    return out;
  };
  let candidatesOut = removables();

  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (let r = 0; r < openCount; r++) {
      const u = order[r]!;
      if (role[u] !== CANDIDATE || p.scheduled[u] === 1 || ctx.forcedOut[u] === 1 || value[u]! <= 0) continue;
      const earliest = earliestStart(ctx, p, u);
      if (earliest < 0) continue;
      const d = duration[u]!;
      let bestGain = 1e-9 * Math.max(1, value[u]!);
      let bestStart = -1;
      for (let st = earliest; st + d <= P; st++) {
        let need = false;
        let closed = false;
        for (let q = st; q < st + d; q++) {
          deficit[q] = per[u]! - (capacity[q]! - used[q]!) - TOLERANCE;
          if (deficit[q]! > 0) need = true;
          if (capacity[q]! - ctx.fixedUse[q]! < per[u]! - TOLERANCE) closed = true;
        }
        if (closed) continue;
        chosen.length = 0;
        let cost = 0;
        while (need && cost < value[u]! - bestGain) {
          // The removable item that relieves the deficit most per unit of value lost.
          let pick = -1;
          let pickRatio = Infinity;
          for (const i of candidatesOut) {
            if (chosen.includes(i)) continue;
            let relief = 0;
            for (let q = Math.max(st, p.start[i]!); q < Math.min(st + d, p.start[i]! + duration[i]!); q++) {
              if (deficit[q]! > 0) relief += Math.min(per[i]!, deficit[q]!);
            }
            if (relief <= 0) continue;
            const ratio = Math.max(value[i]!, 0) / relief;
            if (ratio < pickRatio) {
              pickRatio = ratio;
              pick = i;
            }
          }
          if (pick < 0) break;
          chosen.push(pick);
          cost += value[pick]!;
          need = false;
          for (let q = Math.max(st, p.start[pick]!); q < Math.min(st + d, p.start[pick]! + duration[pick]!); q++) {
            deficit[q]! -= per[pick]!;
          }
          for (let q = st; q < st + d; q++) if (deficit[q]! > 0) need = true;
        }
        if (need) continue;
        if (value[u]! - cost > bestGain) {
          bestGain = value[u]! - cost;
          bestStart = st;
          bestOut.length = 0;
          bestOut.push(...chosen);
        }
      }
      if (bestStart < 0) continue;
      for (const i of bestOut) {
        occupy(ctx, used, i, p.start[i]!, -1);
        unplace(p, i);
      }
      place(p, u, bestStart);
      occupy(ctx, used, u, bestStart, 1);
      // What came out goes back where it still fits, if anywhere.
      for (const i of bestOut) {
        const e = earliestStart(ctx, p, i);
        if (e < 0) continue;
        const at = firstFit(ctx, used, e, duration[i]!, per[i]!);
        if (at >= 0) {
          place(p, i, at);
          occupy(ctx, used, i, at, 1);
        }
      }
      improved = true;
      candidatesOut = removables();
    }
    fill(ctx, p);
    used.set(usage(ctx, p));
    candidatesOut = removables();
    if (!improved) break;
  }
}
