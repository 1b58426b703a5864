// HiGHS (a mixed-integer solver compiled to WebAssembly) behind one small
// function. The module is loaded once per thread and shared: the app runs the
// optimiser in a worker thread, which loads it on its first plan.
import loadHighs, { type Highs } from "highs";
import type { BuiltModel } from "./model";

let loading: Promise<Highs> | null = null;

export function solver(): Promise<Highs> {
  loading ??= loadHighs().catch((error: unknown) => {
    loading = null; // a failed load may be retried by the next plan
    throw error;
  });
  return loading;
}

export type SolveStatus = "optimal" | "time_limit" | "infeasible" | "failed";

export interface SolveResult {
  status: SolveStatus;
  /** The best solution found (rounded by the caller), or null when there is none. */
  x: Float64Array | null;
  /** The proven bound on the objective (upper when maximising), or null when the solver has none. */
  bound: number | null;
  /** Seconds the solver ran, by its own clock. */
  seconds: number;
}

/**
 * Solves a model within `seconds`, starting from `start` when given (HiGHS
 * checks it and keeps it as its first incumbent when it is feasible).
 * Relative gap 1e-9: "optimal" means proven to the 1e-9 of docs/scoring.md.
 * `relaxed` solves the LP relaxation (no integrality); its optimum is a bound.
 */
export function solve(highs: Highs, built: BuiltModel, seconds: number, start: Float64Array | null, relaxed = false): SolveResult {
  if (built.data.numCols === 0) return { status: "optimal", x: new Float64Array(0), bound: 0, seconds: 0 };
  const sense = built.maximize ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize;
  const model = highs.createModel(relaxed ? { ...built.data, integrality: undefined, sense } : { ...built.data, sense });
  try {
    model.options.set({
      output_flag: false,
      time_limit: Math.max(0.01, seconds),
      mip_rel_gap: 1e-9,
      mip_abs_gap: 1e-9,
      random_seed: 0,
      // Measured on bench/optimal.ts (decision 038): with a good starting plan, HiGHS's own sub-MIP heuristics
      // and restarts cost more time than they save on these models.
      mip_heuristic_effort: 0.01,
      mip_allow_restart: false,
    });
    if (start !== null) model.setSolution({ colValue: start });
    // eslint-disable-next-line no-restricted-syntax -- HiGHS's Model.run() solves the model; it is not a database query
    model.run();
    const code = model.getModelStatus();
    const codes = highs.constants.modelStatus;
    const status: SolveStatus =
      code === codes.optimal ? "optimal" : code === codes.infeasible ? "infeasible" : code === codes.timeLimit ? "time_limit" : "failed";
    const hasPrimal = Number(model.info.get("primal_solution_status")) === 2;
    const rawBound = relaxed ? (code === codes.optimal ? model.getObjectiveValue() : Number.NaN) : Number(model.info.get("mip_dual_bound"));
    return {
      status,
      x: hasPrimal ? model.getSolution().colValue : null,
      bound: Number.isFinite(rawBound) ? rawBound : null,
      seconds: model.getRunTime(),
    };
  } finally {
    model.dispose();
  }
}
