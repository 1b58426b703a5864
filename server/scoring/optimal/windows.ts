// The starts each candidate could ever have, before any choice is made: from
// the first open period and after its prerequisites' earliest possible finish,
// to P − d, in periods where the fixed part leaves room for it. A candidate
// with none can never be scheduled; the solver gets variables only for the
// rest, and only for candidates whose scheduling can pay (positive value,
// forced in, or an enabler of such a candidate).
import { IntList } from "../graph";
import { CANCELLED, CANDIDATE, DONE, FIXED, TOLERANCE, type PlanContext } from "./context";

export interface Windows {
  /** Allowed starts of candidate i, ascending: starts[offset[i] .. offset[i + 1]). */
  offset: Int32Array;
  starts: Int32Array;
  /** 1 when the candidate gets variables in the model. */
  useful: Uint8Array;
}

/** `forced` marks the forced-in candidates the model will insist on. */
export function windowsOf(ctx: PlanContext, forced: Uint8Array): Windows {
  const { role, duration, per, first, P, capacity, fixedUse, topo } = ctx;
  const { prereqStart, prereq, dependentStart, dependent } = ctx.ranked.prep.graph;
  const n = role.length;
  const room = new Float64Array(P);
  for (let q = 0; q < P; q++) room[q] = capacity[q]! - fixedUse[q]!;

  // Per candidate, in topological order so prerequisites come first; offsets are filled by index afterwards.
  const lists = new Array<Int32Array | null>(n).fill(null);
  for (let t = 0; t < n; t++) {
    const i = topo[t]!;
    if (role[i] !== CANDIDATE || ctx.forcedOut[i] === 1) continue;
    let lo = first;
    let possible = true;
    for (let k = prereqStart[i]!; k < prereqStart[i + 1]! && possible; k++) {
      const p = prereq[k]!;
      if (role[p] === DONE) continue;
      if (role[p] === CANCELLED) possible = false;
      else if (role[p] === FIXED) lo = Math.max(lo, ctx.fixedStart[p]! + duration[p]!);
      else {
        const sp = lists[p];
        if (sp === null || sp === undefined || sp.length === 0) possible = false;
        else lo = Math.max(lo, sp[0]! + duration[p]!);
      }
    }
    if (!possible) continue;
    const d = duration[i]!;
    const out = new IntList(P);
    for (let s = lo; s + d <= P; s++) {
      let q = s;
      while (q < s + d && room[q]! >= per[i]! - TOLERANCE) q++;
      if (q === s + d) out.push(s);
    }
    lists[i] = out.toArray();
  }

  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offset[i + 1] = offset[i]! + (lists[i]?.length ?? 0);
  const starts = new Int32Array(offset[n]!);
  for (let i = 0; i < n; i++) if (lists[i]) starts.set(lists[i]!, offset[i]);

  // Reverse topological order: dependents are decided before their prerequisites.
  const value = ctx.ranked.s.value;
  const useful = new Uint8Array(n);
  for (let t = n - 1; t >= 0; t--) {
    const i = topo[t]!;
    if (offset[i + 1] === offset[i]) continue;
    let pays = value[i]! > 0 || forced[i] === 1;
    for (let k = dependentStart[i]!; k < dependentStart[i + 1]! && !pays; k++) {
      const j = dependent[k]!;
      if (role[j] === CANDIDATE && useful[j] === 1) pays = true;
    }
    if (pays) useful[i] = 1;
  }
  return { offset, starts, useful };
}
