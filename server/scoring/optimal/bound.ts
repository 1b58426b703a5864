// An upper bound on the value of any plan that needs no solver: all new work
// lies inside the open periods, so its effort fits in their total room; the
// best value that fits that room, taking fractions of initiatives, bounds every
// plan (a fractional knapsack, best value per effort first). Used only when
// the solver stopped before it had a bound of its own.
import { CANDIDATE, type PlanContext } from "./context";
import type { Windows } from "./windows";

export function capacityBound(ctx: PlanContext, w: Windows, forced: Uint8Array): number {
  const value = ctx.ranked.s.value;
  const effort = ctx.ranked.s.effort;
  let room = 0;
  for (let q = ctx.first; q < ctx.P; q++) room += Math.max(0, ctx.capacity[q]! - ctx.fixedUse[q]!);
  let bound = 0;
  const free: number[] = [];
  for (let i = 0; i < ctx.role.length; i++) {
    if (ctx.role[i] !== CANDIDATE || w.useful[i] === 0) continue;
    if (forced[i] === 1) {
      bound += value[i]!;
      room -= effort[i]!;
    } else if (value[i]! > 0) free.push(i);
  }
  free.sort((a, b) => value[b]! / effort[b]! - value[a]! / effort[a]!);
  for (const i of free) {
    if (room <= 0) break;
    const share = Math.min(1, room / effort[i]!);
    bound += share * value[i]!;
    room -= share * effort[i]!;
  }
  return bound;
}
