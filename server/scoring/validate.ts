/* eslint-disable @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unnecessary-type-assertion, @typescript-eslint/no-unsafe-return --
   This module checks untrusted JSON at run time: Array.isArray narrows to any[], and every shape is checked before use. */
// Checks every rule of docs/scoring.md section 2 before any number is computed, and
// reports all problems at once (ids + field path), not just the first.
import { ScoringInputError, type ScoringIssue } from "./errors";
import { findCycleIndices, graphFromPrerequisites, IntList, type DependencyGraph } from "./graph";
import { IdIndex, type IdLookup } from "./id-index";
import { gap } from "./moments";
import {
  INITIATIVE_STATUSES,
  type EffectLink,
  type Estimate,
  type InitiativeInput,
  type Period,
  type PortfolioInput,
  type SimulationOptions,
} from "./types";

/** Enough to fix a bad import; more would only make the error huge. */
const MAX_ISSUES = 200;

/** What the engine needs besides the raw input, built once while validating. */
export interface PreparedPortfolio {
  input: PortfolioInput;
  /** Initiative ids by index. */
  ids: string[];
  initiativeIndex: IdIndex;
  momentIndex: Map<string, number>;
  /** Per moment (by index): w_k for a positive (or zero) effect = gap. */
  momentGap: Float64Array;
  /** Per moment: w_k for a negative effect = importance / 5. */
  momentHarm: Float64Array;
  /** Per moment: categoryFactor of its category. */
  momentFactor: Float64Array;
  momentCategory: string[];
  /** Effect links in CSR form: moment indices of initiative i are effectMoment[effectStart[i] .. effectStart[i + 1]). */
  effectStart: Int32Array;
  effectMoment: Int32Array;
  graph: DependencyGraph;
}

class Issues {
  readonly list: ScoringIssue[] = [];
  add(path: string, ids: string[], message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, ids, message });
  }
}

const STATUS_SET: ReadonlySet<string> = new Set(INITIATIVE_STATUSES);

const isNum = (x: unknown): x is number => Number.isFinite(x);
const isInt = (x: unknown): x is number => Number.isInteger(x);
const isIntIn = (x: unknown, lo: number, hi: number): boolean => isInt(x) && x >= lo && x <= hi;
const isAbsent = (x: unknown): boolean => x === undefined || x === null;

function checkModel(input: PortfolioInput, issues: Issues): void {
  const m = input.model;
  if (typeof m !== "object" || m === null) {
    issues.add("model", [], "model is missing");
    return;
  }
  const w = m.weights;
  if (typeof w !== "object" || w === null) {
    issues.add("model.weights", [], "model.weights is missing");
  } else {
    const parts = [w.experience, w.cost, w.revenue];
    if (!parts.every((x) => isInt(x) && x >= 0)) {
      issues.add("model.weights", [], `weights must be integers >= 0 (got ${parts.join(" / ")})`);
    } else if (parts[0]! + parts[1]! + parts[2]! !== 100) {
      issues.add(
        "model.weights",
        [],
        `weights must sum to 100 (experience ${w.experience} + cost ${w.cost} + revenue ${w.revenue} = ${parts[0]! + parts[1]! + parts[2]!})`,
      );
    }
  }
  const ma = m.materialAmount;
  for (const crown of ["cost", "revenue"] as const) {
    const v: unknown = ma?.[crown];
    if (!isNum(v) || v <= 0) issues.add(`model.materialAmount.${crown}`, [], `materialAmount.${crown} must be > 0 (got ${String(v)})`);
  }
  for (const field of ["revenueMargin", "discountRate"] as const) {
    const v: unknown = m[field];
    if (!isNum(v) || v < 0 || v > 1) issues.add(`model.${field}`, [], `${field} must be in 0..1 (got ${String(v)})`);
  }
  if (!isIntIn(m.horizonYears, 1, 10)) {
    issues.add("model.horizonYears", [], `horizonYears must be an integer 1..10 (got ${String(m.horizonYears)})`);
  }
  const threshold: unknown = m.crownThreshold;
  if (!isAbsent(threshold) && !(isNum(threshold) && threshold >= 0 && threshold <= 10)) {
    issues.add("model.crownThreshold", [], `crownThreshold must be a number of points in 0..10 (got ${String(threshold)})`);
  }
}

function checkEstimate(init: InitiativeInput, field: "costReduction" | "revenueGrowth", issues: Issues): void {
  const e: Estimate | undefined = init[field];
  const where = `initiative "${init.id}": ${field}`;
  if (typeof e !== "object" || e === null || !isNum(e.low) || !isNum(e.likely) || !isNum(e.high)) {
    issues.add(`initiatives.${field}`, [init.id], `${where} needs finite low, likely and high`);
    return;
  }
  if (e.low > e.likely) issues.add(`initiatives.${field}.low`, [init.id], `${where}.low ${e.low} is greater than likely ${e.likely}`);
  if (e.likely > e.high) issues.add(`initiatives.${field}.high`, [init.id], `${where}.likely ${e.likely} is greater than high ${e.high}`);
}

/**
 * Index of the first value that appears earlier in the list, or −1. Lists are
 * short (a few effects or dependencies), so a nested loop beats allocating a
 * Set per initiative; long lists fall back to a Set.
 */
function firstDuplicate(values: readonly string[]): number {
  const n = values.length;
  if (n > 32) {
    const seen = new Set<string>();
    for (let k = 0; k < n; k++) {
      if (seen.has(values[k]!)) return k;
      seen.add(values[k]!);
    }
    return -1;
  }
  for (let k = 1; k < n; k++) for (let j = 0; j < k; j++) if (values[j] === values[k]) return k;
  return -1;
}

/** firstDuplicate over the moment ids of effect links, without copying them out. */
function firstDuplicateMoment(links: readonly EffectLink[]): number {
  const n = links.length;
  if (n > 32) return firstDuplicate(links.map((l) => l.momentId));
  for (let k = 1; k < n; k++) for (let j = 0; j < k; j++) if (links[j]!.momentId === links[k]!.momentId) return k;
  return -1;
}

const label = (id: string): string => `initiative "${id}"`;

// Messages are built only when something is wrong: this runs for every
// initiative on every scoring call, 100k of them in the benchmark.
function checkInitiative(init: InitiativeInput, issues: Issues): void {
  const id = init.id;
  checkEstimate(init, "costReduction", issues);
  checkEstimate(init, "revenueGrowth", issues);

  const effects = init.effects;
  if (!Array.isArray(effects)) {
    issues.add("initiatives.effects", [id], `${label(id)}: effects must be an array`);
  } else {
    for (let k = 0; k < effects.length; k++) {
      const link = effects[k]!;
      if (!isIntIn(link.effect, -3, 3))
        issues.add(
          "initiatives.effects.effect",
          [id, link.momentId],
          `${label(id)}: effect on "${link.momentId}" must be an integer −3..3 (got ${String(link.effect)})`,
        );
    }
    if (effects.length > 1) {
      const dup = firstDuplicateMoment(effects);
      if (dup >= 0) {
        const m = effects[dup]!.momentId;
        issues.add("initiatives.effects.momentId", [id, m], `${label(id)}: more than one effect on moment "${m}"`);
      }
    }
  }

  if (!isNum(init.investment) || init.investment < 0)
    issues.add("initiatives.investment", [id], `${label(id)}: investment must be >= 0 (got ${String(init.investment)})`);
  if (!isNum(init.effort) || init.effort <= 0)
    issues.add("initiatives.effort", [id], `${label(id)}: effort must be > 0 (got ${String(init.effort)})`);
  if (!isAbsent(init.durationPeriods) && !(isInt(init.durationPeriods) && init.durationPeriods >= 1)) {
    issues.add(
      "initiatives.durationPeriods",
      [id],
      `${label(id)}: durationPeriods must be an integer >= 1 (got ${String(init.durationPeriods)})`,
    );
  }
  if (!isNum(init.confidence) || init.confidence <= 0 || init.confidence > 1)
    issues.add("initiatives.confidence", [id], `${label(id)}: confidence must be in (0, 1] (got ${String(init.confidence)})`);

  if (!STATUS_SET.has(init.status)) {
    issues.add("initiatives.status", [id], `${label(id)}: unknown status "${String(init.status)}"`);
  } else if (init.status === "in_progress" || init.status === "done") {
    if (!isInt(init.startPeriod))
      issues.add("initiatives.startPeriod", [id], `${label(id)}: startPeriod (an integer period index) is required when ${init.status}`);
  } else if (init.status === "approved" && !isAbsent(init.pinnedPeriod) && !(isInt(init.pinnedPeriod) && init.pinnedPeriod >= 0)) {
    issues.add(
      "initiatives.pinnedPeriod",
      [id],
      `${label(id)}: pinnedPeriod must be an integer period index >= 0 (got ${String(init.pinnedPeriod)})`,
    );
  }

  const deps = init.dependsOn;
  if (!Array.isArray(deps)) {
    issues.add("initiatives.dependsOn", [id], `${label(id)}: dependsOn must be an array`);
  } else {
    // Unknown ids are reported while the graph is built (one lookup per edge).
    const dup = deps.length > 1 ? firstDuplicate(deps) : -1;
    if (dup >= 0) issues.add("initiatives.dependsOn", [id, deps[dup]!], `${label(id)}: lists dependency "${deps[dup]!}" twice`);
  }
}

/**
 * One pass over the initiatives: checks each one and resolves its effect links
 * and prerequisites to indices (CSR arrays), so nothing looks an id up again.
 */
function indexInitiatives(
  initiatives: readonly InitiativeInput[],
  momentIndex: ReadonlyMap<string, number>,
  initiativeIndex: IdLookup,
  issues: Issues,
): { effectStart: Int32Array; effectMoment: Int32Array; graph: DependencyGraph } {
  const n = initiatives.length;
  const effectStart = new Int32Array(n + 1);
  const effectMoment = new IntList(2 * n);
  const prereqStart = new Int32Array(n + 1);
  const prereq = new IntList(2 * n);
  for (let i = 0; i < n; i++) {
    const init = initiatives[i]!;
    checkInitiative(init, issues);
    effectStart[i] = effectMoment.length;
    const effects = init.effects;
    if (Array.isArray(effects)) {
      for (let k = 0; k < effects.length; k++) {
        const momentId = effects[k]!.momentId;
        const m = momentIndex.get(momentId);
        if (m === undefined)
          issues.add("initiatives.effects.momentId", [init.id, momentId], `${label(init.id)}: effect on unknown moment "${momentId}"`);
        effectMoment.push(m ?? -1);
      }
    }
    prereqStart[i] = prereq.length;
    const deps = init.dependsOn;
    if (Array.isArray(deps)) {
      for (let k = 0; k < deps.length; k++) {
        const p = initiativeIndex.get(deps[k]!);
        if (p === undefined)
          issues.add("initiatives.dependsOn", [init.id, deps[k]!], `${label(init.id)}: depends on unknown initiative "${deps[k]!}"`);
        else prereq.push(p);
      }
    }
  }
  effectStart[n] = effectMoment.length;
  prereqStart[n] = prereq.length;
  return { effectStart, effectMoment: effectMoment.toArray(), graph: graphFromPrerequisites(prereqStart, prereq.toArray()) };
}

/** Validates and indexes the input; throws ScoringInputError listing every problem. */
export function preparePortfolio(input: PortfolioInput): PreparedPortfolio {
  const issues = new Issues();
  if (typeof input !== "object" || input === null) throw new ScoringInputError([{ path: "", ids: [], message: "input is missing" }]);
  checkModel(input, issues);
  const categories = Array.isArray(input.categories) ? input.categories : [];
  const moments = Array.isArray(input.moments) ? input.moments : [];
  const initiatives = Array.isArray(input.initiatives) ? input.initiatives : [];
  if (!Array.isArray(input.categories)) issues.add("categories", [], "categories must be an array");
  if (!Array.isArray(input.moments)) issues.add("moments", [], "moments must be an array");
  if (!Array.isArray(input.initiatives)) issues.add("initiatives", [], "initiatives must be an array");

  // Categories: the factor is relative to the heaviest category.
  const categoryWeight = new Map<string, number>();
  let maxWeight = 0;
  for (const c of categories) {
    if (categoryWeight.has(c.id)) issues.add("categories.id", [c.id], `category "${c.id}" appears twice`);
    if (!isNum(c.weight) || c.weight <= 0) {
      issues.add("categories.weight", [c.id], `category "${c.id}": weight must be > 0 (got ${String(c.weight)})`);
      categoryWeight.set(c.id, 0);
    } else {
      categoryWeight.set(c.id, c.weight);
      if (c.weight > maxWeight) maxWeight = c.weight;
    }
  }

  const momentIndex = new Map<string, number>();
  const momentGap = new Float64Array(moments.length);
  const momentHarm = new Float64Array(moments.length);
  const momentFactor = new Float64Array(moments.length);
  const momentCategory: string[] = new Array<string>(moments.length);
  for (let k = 0; k < moments.length; k++) {
    const m = moments[k]!;
    if (momentIndex.has(m.id)) issues.add("moments.id", [m.id], `moment "${m.id}" appears twice`);
    momentIndex.set(m.id, k);
    const cw = categoryWeight.get(m.categoryId);
    if (cw === undefined) issues.add("moments.categoryId", [m.id, m.categoryId], `moment "${m.id}": unknown category "${m.categoryId}"`);
    if (!isIntIn(m.importance, 1, 5))
      issues.add("moments.importance", [m.id], `moment "${m.id}": importance must be an integer 1..5 (got ${String(m.importance)})`);
    if (!isIntIn(m.performance, 1, 5))
      issues.add("moments.performance", [m.id], `moment "${m.id}": performance must be an integer 1..5 (got ${String(m.performance)})`);
    momentGap[k] = gap(m);
    momentHarm[k] = m.importance / 5;
    momentFactor[k] = cw !== undefined && maxWeight > 0 ? cw / maxWeight : 0;
    momentCategory[k] = m.categoryId;
  }

  const ids = new Array<string>(initiatives.length);
  for (let i = 0; i < initiatives.length; i++) {
    const id = initiatives[i]!.id;
    ids[i] = id;
    if (typeof id !== "string") issues.add("initiatives.id", [String(id)], `initiative #${i}: id must be a string`);
  }
  const initiativeIndex = new IdIndex(ids, (i) => typeof ids[i] !== "string");
  for (const i of initiativeIndex.duplicates) issues.add("initiatives.id", [ids[i]!], `initiative "${ids[i]!}" appears twice`);

  const { effectStart, effectMoment, graph } = indexInitiatives(initiatives, momentIndex, initiativeIndex, issues);
  const cycle = findCycleIndices(graph);
  if (cycle !== null) {
    const ids = cycle.map((i) => initiatives[i]!.id);
    issues.add("initiatives.dependsOn", ids, `dependency cycle: ${[...ids, ids[0]].join(" → ")}`);
  }

  if (issues.list.length > 0) throw new ScoringInputError(issues.list);
  return {
    input,
    ids,
    initiativeIndex,
    momentIndex,
    momentGap,
    momentHarm,
    momentFactor,
    momentCategory,
    effectStart,
    effectMoment,
    graph,
  };
}

/** Throws ScoringInputError when the portfolio breaks any rule of docs/scoring.md section 2. */
export function validatePortfolio(input: PortfolioInput): void {
  preparePortfolio(input);
}

/** The same checks, returned instead of thrown (e.g. for an import preview). */
export function portfolioIssues(input: PortfolioInput): ScoringIssue[] {
  try {
    preparePortfolio(input);
    return [];
  } catch (e) {
    if (e instanceof ScoringInputError) return e.issues;
    throw e;
  }
}

/** currentPeriod of planRoadmap: an integer period index (negative and past-the-end allowed). */
export function validatePlanOptions(options: unknown): void {
  if (isAbsent(options)) return;
  if (typeof options !== "object") throw new ScoringInputError([{ path: "options", ids: [], message: "plan options must be an object" }]);
  const cp: unknown = (options as { currentPeriod?: unknown }).currentPeriod;
  if (!isAbsent(cp) && !isInt(cp)) {
    throw new ScoringInputError([
      { path: "options.currentPeriod", ids: [], message: `currentPeriod must be an integer period index (got ${String(cp)})` },
    ]);
  }
}

export function validatePeriods(periods: readonly Period[]): void {
  const issues = new Issues();
  if (!Array.isArray(periods)) throw new ScoringInputError([{ path: "periods", ids: [], message: "periods must be an array" }]);
  const seen = new Set<string>();
  for (const p of periods) {
    if (seen.has(p.id)) issues.add("periods.id", [p.id], `period "${p.id}" appears twice`);
    seen.add(p.id);
    if (!isNum(p.capacity) || p.capacity < 0)
      issues.add("periods.capacity", [p.id], `period "${p.id}": capacity must be >= 0 (got ${String(p.capacity)})`);
  }
  if (issues.list.length > 0) throw new ScoringInputError(issues.list);
}

/** Simulations hold runs × initiatives samples of 8 bytes; beyond this a request is refused. */
export const MAX_SIMULATION_SAMPLES = 50_000_000;

export function validateSimulationOptions(options: SimulationOptions, initiatives: number): void {
  const issues = new Issues();
  if (!isInt(options?.runs) || options.runs < 1)
    issues.add("options.runs", [], `runs must be an integer >= 1 (got ${String(options?.runs)})`);
  else if (options.runs * initiatives > MAX_SIMULATION_SAMPLES) {
    issues.add("options.runs", [], `runs × initiatives = ${options.runs * initiatives} exceeds ${MAX_SIMULATION_SAMPLES}`);
  }
  if (!isInt(options?.seed)) issues.add("options.seed", [], `seed must be an integer (got ${String(options?.seed)})`);
  if (issues.list.length > 0) throw new ScoringInputError(issues.list);
}
