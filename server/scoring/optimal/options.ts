// Checks the options of optimizePlan and greedyPlan like every other entry point:
// a ScoringInputError naming the field (and the ids) for anything wrong.
import { ScoringInputError, type ScoringIssue } from "../errors";
import { validatePlanOptions } from "../validate";

export const DEFAULT_TIME_LIMIT_MS = 2000;
export const MIN_TIME_LIMIT_MS = 100;
export const MAX_TIME_LIMIT_MS = 60_000;

const isAbsent = (x: unknown): boolean => x === undefined || x === null;

function checkIdList(value: unknown, field: "forceIn" | "forceOut", issues: ScoringIssue[]): string[] {
  if (isAbsent(value)) return [];
  if (!Array.isArray(value) || !value.every((id) => typeof id === "string")) {
    issues.push({ path: `options.${field}`, ids: [], message: `${field} must be a list of initiative ids` });
    return [];
  }
  return value;
}

/** Throws ScoringInputError for options that are not a plan's options; returns the force lists (possibly empty). */
export function validateChoiceOptions(options: unknown): { forceIn: string[]; forceOut: string[]; timeLimitMs: number } {
  validatePlanOptions(options);
  if (isAbsent(options)) return { forceIn: [], forceOut: [], timeLimitMs: DEFAULT_TIME_LIMIT_MS };
  const o = options as { forceIn?: unknown; forceOut?: unknown; timeLimitMs?: unknown };
  const issues: ScoringIssue[] = [];
  const forceIn = checkIdList(o.forceIn, "forceIn", issues);
  const forceOut = checkIdList(o.forceOut, "forceOut", issues);
  const out = new Set(forceOut);
  const both = [...new Set(forceIn.filter((id) => out.has(id)))];
  if (both.length > 0) {
    const names = both.map((id) => `"${id}"`).join(", ");
    issues.push({
      path: "options.forceIn",
      ids: both,
      message: `${names} cannot be both forced in and forced out`,
    });
  }
  const limit = o.timeLimitMs;
  if (!isAbsent(limit) && !(Number.isInteger(limit) && (limit as number) >= MIN_TIME_LIMIT_MS && (limit as number) <= MAX_TIME_LIMIT_MS)) {
    issues.push({
      path: "options.timeLimitMs",
      ids: [],
      message: `timeLimitMs must be a whole number of milliseconds from ${MIN_TIME_LIMIT_MS} to ${MAX_TIME_LIMIT_MS} (got ${String(limit)})`,
    });
  }
  if (issues.length > 0) throw new ScoringInputError(issues);
  return { forceIn, forceOut, timeLimitMs: isAbsent(limit) ? DEFAULT_TIME_LIMIT_MS : (limit as number) };
}
