// The mixed-integer model of docs/scoring.md section 9, in "started by" form.
//
// For each allowed start s_j of candidate i (ascending, windows.ts) a binary
// z[i][j] = 1 when i has started by s_j. They only rise (z[i][j−1] <= z[i][j]);
// i is scheduled when its last one is 1, and starts at s_j when z[i][j] is its
// first 1. In this form every constraint is short:
// - capacity of period q: i covers q when it started by q but not by q − d, so
//   it adds (effort/d) × (started-by(q) − started-by(q − d)): at most 2 entries
//   per initiative and period;
// - dependency i after p: started-by_i(t) <= started-by_p(t − d_p) for each start t
//   of i (p has finished by t − 1): 2 entries per row, at most P rows per edge;
// - an enabler (valueScore <= 0) only with a scheduled dependent:
//   z_i,last <= Σ z_j,last over its candidate dependents.
// So building the model is O(N·P + E·P). Its LP relaxation is as strong as the
// usual one-binary-per-start form (the two are related by a unimodular change
// of variables), and it is smaller.
import type { ModelData } from "highs";
import { IntList } from "../graph";
import { CANDIDATE, TOLERANCE, type PlanContext } from "./context";
import { fixedPlacement, place, type Placement } from "./placement";
import type { Windows } from "./windows";

/** Phase 1 maximises the value; phase 2 keeps that value and minimises Σ valueScore × end. */
export type Phase = { kind: "value" } | { kind: "delivery"; valueFloor: number };

export interface BuiltModel {
  /** Everything but the objective's sense (the solver's constants give it). */
  data: Omit<ModelData, "sense">;
  maximize: boolean;
  /** First column of candidate i (−1 when it has none); its columns follow the window's starts. */
  column: Int32Array;
}

class Rows {
  readonly start = new IntList(64);
  readonly index = new IntList(256);
  readonly value: number[] = [];
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  constructor() {
    this.start.push(0);
  }
  add(cols: readonly number[], coefs: readonly number[], lower: number, upper: number): void {
    for (let k = 0; k < cols.length; k++) {
      this.index.push(cols[k]!);
      this.value.push(coefs[k]!);
    }
    this.start.push(this.index.length);
    this.lower.push(lower);
    this.upper.push(upper);
  }
  get count(): number {
    return this.lower.length;
  }
}

export function buildModel(ctx: PlanContext, w: Windows, forced: Uint8Array, phase: Phase): BuiltModel {
  const { role, duration, per, P, first, capacity, fixedUse } = ctx;
  const { prereqStart, prereq, dependentStart, dependent } = ctx.ranked.prep.graph;
  const value = ctx.ranked.s.value;
  const n = role.length;
  const { offset, starts, useful } = w;

  const column = new Int32Array(n).fill(-1);
  let numCols = 0;
  for (let i = 0; i < n; i++) {
    if (useful[i] === 0) continue;
    column[i] = numCols;
    numCols += offset[i + 1]! - offset[i]!;
  }
  const last = (i: number): number => column[i]! + offset[i + 1]! - offset[i]! - 1;
  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols).fill(1);
  const rows = new Rows();

  // Capacity terms per period, collected while walking each initiative's starts.
  const capCols: number[][] = Array.from({ length: P }, () => []);
  const capCoefs: number[][] = Array.from({ length: P }, () => []);
  const inf = Number.POSITIVE_INFINITY;

  for (let i = 0; i < n; i++) {
    if (useful[i] === 0) continue;
    const k = offset[i + 1]! - offset[i]!;
    const d = duration[i]!;
    for (let j = 0; j < k; j++) {
      const col = column[i]! + j;
      const s = starts[offset[i]! + j]!;
      const next = j + 1 < k ? starts[offset[i]! + j + 1]! : Infinity;
      if (j > 0) rows.add([col - 1, col], [1, -1], -inf, 0);
      // z_j adds to the periods s covers and takes away from those the next start covers.
      for (let q = s; q < s + d; q++) {
        if (q >= next && q < next + d) continue;
        capCols[q]!.push(col);
        capCoefs[q]!.push(per[i]!);
      }
      if (next !== Infinity) {
        for (let q = next; q < next + d; q++) {
          if (q >= s && q < s + d) continue;
          capCols[q]!.push(col);
          capCoefs[q]!.push(-per[i]!);
        }
      }
      if (phase.kind === "delivery") colCost[col] = value[i]! * (next === Infinity ? s + d - 1 : s - next);
    }
    if (phase.kind === "value") colCost[last(i)] = value[i]!;
    if (forced[i] === 1) colLower[last(i)] = 1;

    // Dependencies on candidate prerequisites (done and fixed ones are already in the window).
    for (let e = prereqStart[i]!; e < prereqStart[i + 1]!; e++) {
      const p = prereq[e]!;
      if (role[p] !== CANDIDATE) continue;
      // "p has started by t − d_p": its last start <= that (one exists: the window of i begins after p's first finish).
      // Walking both windows downwards keeps this O(P) per edge. A row for a later start of i that meets the
      // same column of p implies the rows for earlier ones, so only the last is kept.
      let m = offset[p + 1]! - offset[p]! - 1;
      let previous = -1;
      for (let j = k - 1; j >= 0; j--) {
        const t = starts[offset[i]! + j]! - duration[p]!;
        while (m > 0 && starts[offset[p]! + m]! > t) m--;
        const pc = column[p]! + m;
        if (pc === previous) continue;
        previous = pc;
        rows.add([column[i]! + j, pc], [1, -1], -inf, 0);
      }
    }

    if (value[i]! <= 0 && forced[i] === 0) {
      const cols = [last(i)];
      const coefs = [1];
      const seen = new Set<number>();
      for (let e = dependentStart[i]!; e < dependentStart[i + 1]!; e++) {
        const j = dependent[e]!;
        if (useful[j] === 0 || role[j] !== CANDIDATE || seen.has(j)) continue;
        seen.add(j);
        cols.push(last(j));
        coefs.push(-1);
      }
      rows.add(cols, coefs, -inf, 0);
    }
  }

  for (let q = first; q < P; q++) {
    if (capCols[q]!.length === 0) continue;
    rows.add(capCols[q]!, capCoefs[q]!, -inf, capacity[q]! - fixedUse[q]! + TOLERANCE);
  }

  if (phase.kind === "delivery") {
    const cols: number[] = [];
    const coefs: number[] = [];
    for (let i = 0; i < n; i++) {
      if (useful[i] === 0) continue;
      cols.push(last(i));
      coefs.push(value[i]!);
    }
    rows.add(cols, coefs, phase.valueFloor, inf);
  }

  const data: Omit<ModelData, "sense"> = {
    numCols,
    numRows: rows.count,
    colCost,
    colLower,
    colUpper,
    rowLower: Float64Array.from(rows.lower),
    rowUpper: Float64Array.from(rows.upper),
    matrix: {
      format: "csr",
      numRows: rows.count,
      numCols,
      starts: rows.start.toArray(),
      indices: rows.index.toArray(),
      values: Float64Array.from(rows.value),
    },
    integrality: new Int32Array(numCols).fill(1),
  };
  return { data, maximize: phase.kind === "value", column };
}

/** The solver's columns of a placement (a warm start), or null when it is not a point of this model. */
export function columnsOf(ctx: PlanContext, w: Windows, built: BuiltModel, p: Placement): Float64Array | null {
  const x = new Float64Array(built.data.numCols);
  for (let i = 0; i < ctx.role.length; i++) {
    if (ctx.role[i] !== CANDIDATE) continue;
    if (w.useful[i] === 0) {
      if (p.scheduled[i] === 1) return null;
      continue;
    }
    if (p.scheduled[i] === 0) continue;
    let j = -1;
    for (let k = w.offset[i]!; k < w.offset[i + 1]!; k++) if (w.starts[k] === p.start[i]) j = k - w.offset[i]!;
    if (j < 0) return null;
    for (let k = j; k < w.offset[i + 1]! - w.offset[i]!; k++) x[built.column[i]! + k] = 1;
  }
  return x;
}

/** The placement the solver's columns describe (the fixed part, plus each candidate at its first start). */
export function placementOf(ctx: PlanContext, w: Windows, built: BuiltModel, x: ArrayLike<number>): Placement {
  const p = fixedPlacement(ctx);
  for (let i = 0; i < ctx.role.length; i++) {
    if (w.useful[i] === 0) continue;
    const k = w.offset[i + 1]! - w.offset[i]!;
    for (let j = 0; j < k; j++) {
      if (x[built.column[i]! + j]! > 0.5) {
        place(p, i, w.starts[w.offset[i]! + j]!);
        break;
      }
    }
  }
  return p;
}
