// Ranking of docs/scoring.md section 3: priority desc, then valueScore desc, then id
// asc by plain string comparison (code units, not locale: "B" < "a10" < "a9").

import type { InitiativeStatus } from "./types";

/** Open work (proposed, approved, in progress) is ranked; done and cancelled work is not (docs/scoring.md §3, v2). */
export function isOpenStatus(status: InitiativeStatus): boolean {
  return status === "proposed" || status === "approved" || status === "in_progress";
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Below this size a comparison sort is cheaper than radix passes over 2048 buckets. */
const RADIX_MIN = 2048;
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;

/** Indices of the initiatives, best first. */
export function rankOrder(priority: Float64Array, value: Float64Array, ids: readonly string[]): Int32Array {
  const n = priority.length;
  if (n < RADIX_MIN) {
    const order = new Array<number>(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => compareRanked(priority, value, ids, a, b));
    return Int32Array.from(order);
  }
  // Big portfolios: radix-sort by priority (linear, no comparator calls), then
  // settle runs of equal priority with the full rule. Runs are short in practice.
  const order = orderByDesc(priority);
  let start = 0;
  while (start < n) {
    const p = priority[order[start]!]!;
    let end = start + 1;
    while (end < n && priority[order[end]!] === p) end++;
    if (end - start > 1) order.subarray(start, end).sort((a, b) => compareRanked(priority, value, ids, a, b));
    start = end;
  }
  return order;
}

function compareRanked(priority: Float64Array, value: Float64Array, ids: readonly string[], a: number, b: number): number {
  const pa = priority[a]!;
  const pb = priority[b]!;
  if (pa !== pb) return pb > pa ? 1 : -1;
  const va = value[a]!;
  const vb = value[b]!;
  if (va !== vb) return vb > va ? 1 : -1;
  return compareIds(ids[a]!, ids[b]!);
}

/**
 * The planner's total order of its candidates (docs/scoring.md §6 rule 5): the
 * indices i with include[i] === 1, by effective priority desc, then priority
 * desc, then valueScore desc, then id asc. Big inputs: one radix pass over the
 * effective priorities, then runs of equal effective priority settled by the
 * rest of the rule (as rankOrder does).
 */
export function candidateOrder(
  effective: Float64Array,
  priority: Float64Array,
  value: Float64Array,
  ids: readonly string[],
  include: Uint8Array,
  count: number,
): Int32Array {
  const cmp = (a: number, b: number): number => {
    const ea = effective[a]!;
    const eb = effective[b]!;
    if (ea !== eb) return eb > ea ? 1 : -1;
    return compareRanked(priority, value, ids, a, b);
  };
  const n = effective.length;
  const out = new Int32Array(count);
  if (count < RADIX_MIN) {
    let c = 0;
    for (let i = 0; i < n; i++) if (include[i] === 1) out[c++] = i;
    return out.sort(cmp);
  }
  const all = orderByDesc(effective);
  let c = 0;
  for (let r = 0; r < n; r++) {
    const i = all[r]!;
    if (include[i] === 1) out[c++] = i;
  }
  let start = 0;
  while (start < count) {
    const e = effective[out[start]!]!;
    let end = start + 1;
    while (end < count && effective[out[end]!] === e) end++;
    if (end - start > 1) out.subarray(start, end).sort(cmp);
    start = end;
  }
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * LSD radix sort of indices by a Float64Array (priority, or the planner's
 * effective priority), descending. Each double becomes a
 * 64-bit unsigned key (hi, lo) whose ascending order is the doubles' descending
 * order: negative numbers keep their bits, the others get every bit but the
 * sign flipped. −0 counts as 0. Stable, so equal priorities keep index order.
 */
function orderByDesc(priority: Float64Array): Int32Array {
  const n = priority.length;
  const f = new Float64Array(1);
  const words = new Uint32Array(f.buffer);
  const hiWord = LITTLE_ENDIAN ? 1 : 0;
  const loWord = 1 - hiWord;
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let idx = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = priority[i]!;
    f[0] = p === 0 ? 0 : p;
    const h = words[hiWord]!;
    const l = words[loWord]!;
    if (h >>> 31 === 1) {
      hi[i] = h;
      lo[i] = l;
    } else {
      hi[i] = (h ^ 0x7fffffff) >>> 0;
      lo[i] = ~l >>> 0;
    }
    idx[i] = i;
  }
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let idx2 = new Int32Array(n);
  const count = new Int32Array(BUCKETS);
  // 6 passes of 11 bits: lo bits 0–10, 11–21, 22–31, then hi bits likewise.
  for (let pass = 0; pass < 6; pass++) {
    const useHi = pass >= 3;
    const shift = (pass % 3) * DIGIT_BITS;
    const keys = useHi ? hi : lo;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(keys[i]! >>> shift) & (BUCKETS - 1)]!++;
    if (count[(keys[0]! >>> shift) & (BUCKETS - 1)] === n) continue; // every key has this digit: nothing to move
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = count[(keys[i]! >>> shift) & (BUCKETS - 1)]!++;
      hi2[at] = hi[i]!;
      lo2[at] = lo[i]!;
      idx2[at] = idx[i]!;
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [idx, idx2] = [idx2, idx];
  }
  return idx;
}

/**
 * Moves the open initiatives (open[i] === 1) to the front of an order, keeping
 * the relative order of each group (a stable partition, O(N)). Returns how
 * many are open. Only open work is ranked (docs/scoring.md §3, v2); closed work
 * follows it in the same order so every list stays deterministic.
 */
export function openFirst(order: Int32Array, open: Uint8Array): number {
  const n = order.length;
  const closed = new Int32Array(n);
  let o = 0;
  let c = 0;
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    if (open[i] === 1) order[o++] = i;
    else closed[c++] = i;
  }
  order.set(closed.subarray(0, c), o);
  return o;
}

/** rank[i] (1-based) of the first `ranked` entries of order; 0 (no rank) for the rest. */
export function ranksOf(order: Int32Array, ranked: number = order.length): Int32Array {
  const rank = new Int32Array(order.length);
  for (let r = 0; r < ranked; r++) rank[order[r]!] = r + 1;
  return rank;
}
