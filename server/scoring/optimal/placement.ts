// A plan as flat arrays by initiative index: which initiatives are scheduled,
// where they start and how they got there. Both plans share this form, so
// checks, reasons and the result are written once.
import { CANDIDATE, DONE, FIXED, PLANNED, TOLERANCE, type PlanContext } from "./context";

export interface Placement {
  scheduled: Uint8Array;
  start: Int32Array;
  /** IN_PROGRESS, PINNED or PLANNED (context.ts) for scheduled initiatives. */
  kind: Uint8Array;
}

/** Only the fixed part: in-progress work and valid pins where they were committed. */
export function fixedPlacement(ctx: PlanContext): Placement {
  const n = ctx.role.length;
  const p: Placement = { scheduled: new Uint8Array(n), start: new Int32Array(n), kind: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    if (ctx.role[i] !== FIXED) continue;
    p.scheduled[i] = 1;
    p.start[i] = ctx.fixedStart[i]!;
    p.kind[i] = ctx.fixedKind[i]!;
  }
  return p;
}

export function clonePlacement(p: Placement): Placement {
  return { scheduled: p.scheduled.slice(), start: p.start.slice(), kind: p.kind.slice() };
}

export function place(p: Placement, i: number, start: number): void {
  p.scheduled[i] = 1;
  p.start[i] = start;
  p.kind[i] = PLANNED;
}

export function unplace(p: Placement, i: number): void {
  p.scheduled[i] = 0;
}

export function endOf(ctx: PlanContext, p: Placement, i: number): number {
  return p.start[i]! + ctx.duration[i]! - 1;
}

/** Capacity used in each period of the plan (parts outside the plan use nothing). */
export function usage(ctx: PlanContext, p: Placement): Float64Array {
  const used = new Float64Array(ctx.P);
  for (let i = 0; i < p.scheduled.length; i++) {
    if (p.scheduled[i] === 0) continue;
    const from = Math.max(0, p.start[i]!);
    const to = Math.min(ctx.P - 1, endOf(ctx, p, i));
    for (let q = from; q <= to; q++) used[q]! += ctx.per[i]!;
  }
  return used;
}

/** Total valueScore of the newly scheduled initiatives: the objective of docs/scoring.md section 9. */
export function objectiveOf(ctx: PlanContext, p: Placement): number {
  const value = ctx.ranked.s.value;
  let sum = 0;
  for (let i = 0; i < p.scheduled.length; i++) if (p.scheduled[i] === 1 && ctx.role[i] === CANDIDATE) sum += value[i]!;
  return sum;
}

/** Σ valueScore × end over the newly scheduled: smaller delivers earlier (the tie-break). */
export function deliveryOf(ctx: PlanContext, p: Placement): number {
  const value = ctx.ranked.s.value;
  let sum = 0;
  for (let i = 0; i < p.scheduled.length; i++) {
    if (p.scheduled[i] === 1 && ctx.role[i] === CANDIDATE) sum += value[i]! * endOf(ctx, p, i);
  }
  return sum;
}

/** Values within 1e-9 relative count as the same total (docs/scoring.md section 9). */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The first period a candidate may start in given the placement of its
 * prerequisites, or −1 when one of them is not scheduled (cancelled, forced out
 * or unscheduled). A done prerequisite finished before period 0.
 */
export function earliestStart(ctx: PlanContext, p: Placement, i: number): number {
  const { prereqStart, prereq } = ctx.ranked.prep.graph;
  let earliest = ctx.first;
  for (let k = prereqStart[i]!; k < prereqStart[i + 1]!; k++) {
    const q = prereq[k]!;
    if (ctx.role[q] === DONE) continue;
    if (p.scheduled[q] === 0) return -1;
    earliest = Math.max(earliest, endOf(ctx, p, q) + 1);
  }
  return earliest;
}

/** Whether `per` fits in every period from start to start + d − 1, given what is used. */
export function fitsAt(ctx: PlanContext, used: Float64Array, start: number, d: number, per: number): boolean {
  for (let q = start; q < start + d; q++) if (ctx.capacity[q]! - used[q]! < per - TOLERANCE) return false;
  return true;
}

/** The first start >= earliest (and <= P − d) where it fits, or −1. */
export function firstFit(ctx: PlanContext, used: Float64Array, earliest: number, d: number, per: number): number {
  for (let s = earliest; s + d <= ctx.P; s++) if (fitsAt(ctx, used, s, d, per)) return s;
  return -1;
}

export function occupy(ctx: PlanContext, used: Float64Array, i: number, start: number, sign: 1 | -1): void {
  const from = Math.max(0, start);
  const to = Math.min(ctx.P - 1, start + ctx.duration[i]! - 1);
  for (let q = from; q <= to; q++) used[q]! += sign * ctx.per[i]!;
}
