// Roadmap planning of docs/scoring.md section 6: commitments first (in progress,
// then pinned), then the candidates greedily in topological order, best
// effective priority first, never before the current period (v2).
// O(N log N + E + N·P).
import { IntMinHeap } from "./heap";
import { topologicalOrder } from "./graph";
import { candidateOrder } from "./rank";
import { rankedPortfolio, type RankedPortfolio } from "./score";
import type {
  ClosedInitiative,
  Period,
  PlacementKind,
  PlanOptions,
  PortfolioInput,
  Roadmap,
  RoadmapItem,
  RoadmapPeriod,
  UnscheduledReason,
} from "./types";
import { validatePeriods, validatePlanOptions } from "./validate";

/** Capacity comparisons tolerate this much floating-point noise (docs/scoring.md section 6). */
export const CAPACITY_TOLERANCE = 1e-9;

// Per-initiative state, kept in a Uint8Array; 0 (the array's initial value) means open.
const SCHEDULED = 1;
const UNSCHEDULED = 2;
const DONE = 3;
const CANCELLED = 4;

const KINDS: readonly PlacementKind[] = ["in_progress", "pinned", "planned"];
const IN_PROGRESS = 0;
const PINNED = 1;
const PLANNED = 2;

const REASONS: readonly UnscheduledReason[] = ["no_positive_value", "blocked", "no_capacity"];
const NO_POSITIVE_VALUE = 0;
const BLOCKED = 1;
const NO_CAPACITY = 2;

/**
 * The roadmap of docs/scoring.md section 6. `currentPeriod` (default 0, which is
 * the v1 plan) is the index of the period containing today: no new work is
 * placed before clamp(currentPeriod, 0, P), and a pin before it is stale.
 */
export function planRoadmap(input: PortfolioInput, periods: readonly Period[], options: PlanOptions = {}): Roadmap {
  const ranked = rankedPortfolio(input);
  return planRanked(ranked, periods, options);
}

export function planRanked(ranked: RankedPortfolio, periods: readonly Period[], options: PlanOptions = {}): Roadmap {
  validatePeriods(periods);
  validatePlanOptions(options);
  return buildRoadmap(ranked, periods, placeAll(ranked, periods, options));
}

/** Where each initiative goes, in flat arrays by initiative index (the roadmap objects come after). */
interface Placement {
  currentPeriod: number;
  firstOpen: number;
  used: Float64Array;
  state: Uint8Array;
  kind: Uint8Array;
  reason: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  duration: Int32Array;
  isCandidate: Uint8Array;
  stalePin: Uint8Array;
  effective: Float64Array;
  pulledBy: Int32Array;
}

/** Rules 1–5 on validated periods and options. Exported for the benchmark's per-phase timings. */
export function placeAll({ prep, s, order }: RankedPortfolio, periods: readonly Period[], options: PlanOptions = {}): Placement {
  const input = prep.input;
  const { n, ids, priority, value, effort } = s;
  const inits = input.initiatives;
  const { prereqStart, prereq, dependentStart, dependent } = prep.graph;
  const P = periods.length;
  const currentPeriod = options?.currentPeriod ?? 0;
  /** The first period that may take new work; earlier periods are history. */
  const firstOpen = Math.min(P, Math.max(0, currentPeriod));
  const capacity = Float64Array.from(periods, (p) => p.capacity);
  const used = new Float64Array(P);

  const state = new Uint8Array(n);
  const kind = new Uint8Array(n);
  const reason = new Uint8Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const duration = new Int32Array(n);

  /** Adds effort / d to every covered period that lies inside the plan, even beyond capacity. */
  const occupy = (i: number, first: number): void => {
    const d = duration[i]!;
    const per = effort[i]! / d;
    start[i] = first;
    end[i] = first + d - 1;
    state[i] = SCHEDULED;
    const from = Math.max(0, first);
    const to = Math.min(P - 1, first + d - 1);
    for (let q = from; q <= to; q++) used[q]! += per;
  };

  // Rules 1 and 2: closed work uses nothing; in-progress work keeps its periods.
  // This is the only pass over the input objects, in input order (sequential
  // reads); later passes in rank, topological or heap order read typed arrays.
  const isCandidate = new Uint8Array(n);
  const pinAt = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const init = inits[i]!;
    duration[i] = init.durationPeriods ?? 1;
    const status = init.status;
    if (status === "done") {
      state[i] = DONE;
      end[i] = -1; // finished before period 0
    } else if (status === "cancelled") {
      state[i] = CANCELLED;
    } else if (status === "in_progress") {
      kind[i] = IN_PROGRESS;
      occupy(i, init.startPeriod!);
    } else {
      isCandidate[i] = 1;
      if (status === "approved" && init.pinnedPeriod !== undefined && init.pinnedPeriod !== null) pinAt[i] = init.pinnedPeriod;
    }
  }

  // Rule 3: pinned commitments, in ranking order, even beyond capacity or the plan's end.
  // A pin before the first open period is stale: it stays a candidate (v2).
  const stalePin = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    const pin = pinAt[i]!;
    if (pin < 0) continue;
    if (pin < firstOpen) {
      stalePin[i] = 1;
    } else {
      isCandidate[i] = 0;
      kind[i] = PINNED;
      occupy(i, pin);
    }
  }

  // Rule 4: an enabler inherits the effective priority of the candidates it unlocks.
  // Reverse topological order visits every dependent before its prerequisites.
  const effective = Float64Array.from(priority);
  const pulledBy = new Int32Array(n).fill(-1);
  const topo = topologicalOrder(prep.graph);
  for (let t = n - 1; t >= 0; t--) {
    const j = topo[t]!;
    if (isCandidate[j] === 0) continue;
    const ej = effective[j]!;
    for (let k = prereqStart[j]!; k < prereqStart[j + 1]!; k++) {
      const p = prereq[k]!;
      if (isCandidate[p] === 1 && ej > effective[p]!) {
        effective[p] = ej;
        pulledBy[p] = pulledBy[j]! >= 0 ? pulledBy[j]! : j;
      }
    }
  }

  const isPositive = new Uint8Array(n);
  let positiveCount = 0;
  for (let i = 0; i < n; i++) {
    if (isCandidate[i] === 0) continue;
    if (effective[i]! > 0) {
      isPositive[i] = 1;
      positiveCount++;
    } else {
      state[i] = UNSCHEDULED;
      reason[i] = NO_POSITIVE_VALUE;
    }
  }

  // Rule 5: one total order of the candidates; the heap holds positions in it.
  const positive = candidateOrder(effective, priority, value, ids, isPositive, positiveCount);
  const pending = new Int32Array(n);
  const heap = new IntMinHeap(positiveCount);
  for (let q = 0; q < positiveCount; q++) {
    const i = positive[q]!;
    let waiting = 0;
    for (let k = prereqStart[i]!; k < prereqStart[i + 1]!; k++) waiting += isPositive[prereq[k]!]!;
    pending[i] = waiting;
    if (waiting === 0) heap.push(q);
  }
  // Where each candidate sits in that order, for pushing its dependents.
  const position = new Int32Array(n);
  for (let q = 0; q < positiveCount; q++) position[positive[q]!] = q;

  while (heap.length > 0) {
    const i = positive[heap.pop()]!;
    let earliest = firstOpen;
    let blocked = false;
    for (let k = prereqStart[i]!; k < prereqStart[i + 1]!; k++) {
      const p = prereq[k]!;
      const sp = state[p];
      if (sp === SCHEDULED) earliest = Math.max(earliest, end[p]! + 1);
      else if (sp !== DONE) blocked = true; // unscheduled or cancelled
    }
    if (blocked) {
      // Which prerequisites block it is read off the final states when the
      // items are built: a prerequisite's state is final before i is decided.
      state[i] = UNSCHEDULED;
      reason[i] = BLOCKED;
    } else {
      const first = firstFit(capacity, used, earliest, duration[i]!, effort[i]! / duration[i]!);
      if (first < 0) {
        state[i] = UNSCHEDULED;
        reason[i] = NO_CAPACITY;
      } else {
        kind[i] = PLANNED;
        occupy(i, first);
      }
    }
    for (let k = dependentStart[i]!; k < dependentStart[i + 1]!; k++) {
      const d = dependent[k]!;
      if (isPositive[d] === 1 && --pending[d]! === 0) heap.push(position[d]!);
    }
  }

  return { currentPeriod, firstOpen, used, state, kind, reason, start, end, duration, isCandidate, stalePin, effective, pulledBy };
}

/** The roadmap objects of a placement: items in ranking order, periods and totals. */
export function buildRoadmap({ s, order, rank, prep }: RankedPortfolio, periods: readonly Period[], placement: Placement): Roadmap {
  const { n, ids, priority, value, effort } = s;
  const inits = prep.input.initiatives;
  const P = periods.length;
  const { currentPeriod, firstOpen, used, state, kind, reason, start, end, duration, isCandidate, stalePin, effective, pulledBy } =
    placement;
  const { prereqStart, prereq } = prep.graph;
  /** The unscheduled or cancelled direct prerequisites of a blocked item, in dependsOn order. */
  const blockersOf = (i: number): string[] => {
    const out: string[] = [];
    for (let k = prereqStart[i]!; k < prereqStart[i + 1]!; k++) {
      const sp = state[prereq[k]!];
      if (sp !== SCHEDULED && sp !== DONE) out.push(ids[prereq[k]!]!);
    }
    return out;
  };
  const items: RoadmapItem[] = [];
  const closed: ClosedInitiative[] = [];
  let valueScheduled = 0,
    tripleCrowns = 0,
    effortScheduled = 0,
    effortUnscheduled = 0;
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    const st = state[i];
    if (st === DONE || st === CANCELLED) {
      closed.push({ id: ids[i]!, status: st === DONE ? "done" : "cancelled" });
      continue;
    }
    // Object literals with a fixed set of keys (no spreads): 100k items stay cheap.
    const tripleCrown = s.crowns[i] === 3;
    const stale = stalePin[i] === 1;
    const effectivePriority = isCandidate[i] === 1 ? effective[i]! : null;
    const pulledForwardBy = pulledBy[i]! >= 0 ? ids[pulledBy[i]!]! : null;
    if (st === SCHEDULED) {
      valueScheduled += value[i]!;
      effortScheduled += effort[i]!;
      if (tripleCrown) tripleCrowns++;
      items.push({
        id: ids[i]!,
        rank: rank[i]!,
        status: inits[i]!.status,
        effort: effort[i]!,
        durationPeriods: duration[i]!,
        valueScore: value[i]!,
        priority: priority[i]!,
        effectivePriority,
        pulledForwardBy,
        tripleCrown,
        stalePin: stale,
        scheduled: true,
        unscheduled: false,
        kind: KINDS[kind[i]!]!,
        startPeriod: start[i]!,
        endPeriod: end[i]!,
        effortPerPeriod: effort[i]! / duration[i]!,
        overdue: kind[i] === IN_PROGRESS && end[i]! < currentPeriod,
        extendsBeyondPlan: end[i]! >= P,
      });
    } else {
      effortUnscheduled += effort[i]!;
      items.push({
        id: ids[i]!,
        rank: rank[i]!,
        status: inits[i]!.status,
        effort: effort[i]!,
        durationPeriods: duration[i]!,
        valueScore: value[i]!,
        priority: priority[i]!,
        effectivePriority,
        pulledForwardBy,
        tripleCrown,
        stalePin: stale,
        scheduled: false,
        unscheduled: true,
        kind: "unscheduled",
        reason: REASONS[reason[i]!]!,
        blockedBy: reason[i] === BLOCKED ? blockersOf(i) : null,
      });
    }
  }
  const periodRows: RoadmapPeriod[] = periods.map((p, q) => ({
    id: p.id,
    label: p.label ?? p.id,
    index: q,
    capacity: p.capacity,
    used: used[q]!,
    remaining: p.capacity - used[q]!,
    overCapacity: used[q]! > p.capacity + CAPACITY_TOLERANCE,
  }));
  const scheduledCount = items.reduce((c, it) => c + (it.scheduled ? 1 : 0), 0);
  return {
    items,
    periods: periodRows,
    totals: {
      valueScheduled,
      tripleCrownsScheduled: tripleCrowns,
      effortScheduled,
      effortUnscheduled,
      scheduledCount,
      unscheduledCount: items.length - scheduledCount,
      overCapacityPeriods: periodRows.reduce((c, p) => c + (p.overCapacity ? 1 : 0), 0),
    },
    closed,
    currentPeriod,
    firstOpenPeriod: firstOpen,
  };
}

/**
 * The first start >= earliest where each of the d covered periods has at least
 * `per` capacity left, or −1 when it does not fit before the plan's end. A
 * period that is too full rules out every start covering it, so the search
 * jumps past it: O(P) per initiative.
 */
function firstFit(capacity: Float64Array, used: Float64Array, earliest: number, d: number, per: number): number {
  const P = capacity.length;
  let first = earliest;
  while (first + d <= P) {
    let q = first;
    while (q < first + d && capacity[q]! - used[q]! >= per - CAPACITY_TOLERANCE) q++;
    if (q === first + d) return first;
    first = q + 1;
  }
  return -1;
}
