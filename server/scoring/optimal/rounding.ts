// A starting plan from the solver's LP relaxation (the model without
// integrality): candidates the relaxation schedules most fully go in first,
// each at the start the relaxation prefers when it fits there, else at the
// first start that fits; prerequisites go in before what needs them.
import { CANDIDATE, type PlanContext } from "./context";
import type { BuiltModel } from "./model";
import { earliestStart, firstFit, fitsAt, fixedPlacement, occupy, place, usage, type Placement } from "./placement";
import { dropUnneededEnablers, fill } from "./polish";
import type { Windows } from "./windows";

export function roundRelaxation(ctx: PlanContext, w: Windows, built: BuiltModel, x: ArrayLike<number>, forced: Uint8Array): Placement {
  const n = ctx.role.length;
  const { prereqStart, prereq } = ctx.ranked.prep.graph;
  const share = new Float64Array(n);
  const preferred = new Int32Array(n).fill(-1);
  const members: number[] = [];
  for (let i = 0; i < n; i++) {
    if (w.useful[i] === 0) continue;
    const k = w.offset[i + 1]! - w.offset[i]!;
    const c = built.column[i]!;
    share[i] = x[c + k - 1]!;
    let most = 0;
    for (let j = 0; j < k; j++) {
      const mass = x[c + j]! - (j > 0 ? x[c + j - 1]! : 0);
      if (mass > most + 1e-9) {
        most = mass;
        preferred[i] = w.starts[w.offset[i]! + j]!;
      }
    }
    members.push(i);
  }
  const priority = ctx.ranked.s.priority;
  members.sort((a, b) => share[b]! - share[a]! || forced[b]! - forced[a]! || priority[b]! - priority[a]!);

  const p = fixedPlacement(ctx);
  const used = usage(ctx, p);
  const visiting = new Uint8Array(n);
  const put = (i: number): boolean => {
    if (p.scheduled[i] === 1) return true;
    if (w.useful[i] === 0 || visiting[i] === 1) return false;
    visiting[i] = 1;
    for (let k = prereqStart[i]!; k < prereqStart[i + 1]!; k++) {
      const q = prereq[k]!;
      if (ctx.role[q] === CANDIDATE && !put(q)) return false;
    }
    const earliest = earliestStart(ctx, p, i);
    if (earliest < 0) return false;
    const d = ctx.duration[i]!;
    const pref = preferred[i]!;
    const at =
      pref >= earliest && pref + d <= ctx.P && fitsAt(ctx, used, pref, d, ctx.per[i]!)
        ? pref
        : firstFit(ctx, used, earliest, d, ctx.per[i]!);
    if (at < 0) return false;
    place(p, i, at);
    occupy(ctx, used, i, at, 1);
    return true;
  };
  for (const i of members) {
    if (share[i]! <= 1e-6 && forced[i] === 0) break;
    if (ctx.ranked.s.value[i]! > 0 || forced[i] === 1) put(i);
  }
  dropUnneededEnablers(ctx, p, forced);
  fill(ctx, p);
  return p;
}
