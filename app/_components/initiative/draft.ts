import { estimateOrderErrors, updateInitiativeInput, type EstimateKey } from "@/server/domain/initiative/schemas";
import { schemaErrors } from "../autosave/schema-errors";
import type { InitiativeDetail, RouterInputs } from "../trpc/types";
import { parseNumber } from "@/server/format/parse-number";
import { numberText, readNumbers } from "../ui/typed-number";
import type { DraftEstimates } from "./use-live-score";

type EstimateText = { low: string; likely: string; high: string };

/** What the editor holds: numbers as typed (so "1 2" or "" can be shown and refused), parsed on the way out. */
export type Draft = {
  title: string;
  problem: string;
  ownerId: string;
  department: string;
  costReduction: EstimateText;
  revenueGrowth: EstimateText;
  investment: string;
  effort: string;
  durationPeriods: string;
  confidence: number;
};

/** The draft flat, keyed like the API's fields ("costReduction.low"): the autosave works field by field. */
export type DraftFields = {
  title: string;
  problem: string;
  ownerId: string;
  department: string;
  "costReduction.low": string;
  "costReduction.likely": string;
  "costReduction.high": string;
  "revenueGrowth.low": string;
  "revenueGrowth.likely": string;
  "revenueGrowth.high": string;
  investment: string;
  effort: string;
  durationPeriods: string;
  confidence: number;
};

/** Numbers are edited as the app shows them ("20,000"), which the one parser reads back. */
const text = (n: number) => numberText(n);
const PARTS = ["low", "likely", "high"] as const;
const ESTIMATES: EstimateKey[] = ["costReduction", "revenueGrowth"];
const NUMBER_FIELDS = ["investment", "effort", "durationPeriods"] as const;

/** A typed number by the app's one rule: null when empty, NaN when it cannot be read (draftErrors says why). */
function typed(value: string): number | null {
  const parsed = parseNumber(value);
  return parsed.ok ? parsed.value : Number.NaN;
}

type InitiativeFields = Pick<
  InitiativeDetail,
  | "title"
  | "problem"
  | "ownerId"
  | "department"
  | "costReduction"
  | "revenueGrowth"
  | "investment"
  | "effort"
  | "durationPeriods"
  | "confidence"
>;

export function draftOf(i: InitiativeFields): Draft {
  return {
    title: i.title,
    problem: i.problem,
    ownerId: i.ownerId ?? "",
    department: i.department,
    costReduction: { low: text(i.costReduction.low), likely: text(i.costReduction.likely), high: text(i.costReduction.high) },
    revenueGrowth: { low: text(i.revenueGrowth.low), likely: text(i.revenueGrowth.likely), high: text(i.revenueGrowth.high) },
    investment: text(i.investment),
    effort: text(i.effort),
    durationPeriods: text(i.durationPeriods),
    confidence: i.confidence,
  };
}

export function fieldsOf(d: Draft): DraftFields {
  return {
    title: d.title,
    problem: d.problem,
    ownerId: d.ownerId,
    department: d.department,
    "costReduction.low": d.costReduction.low,
    "costReduction.likely": d.costReduction.likely,
    "costReduction.high": d.costReduction.high,
    "revenueGrowth.low": d.revenueGrowth.low,
    "revenueGrowth.likely": d.revenueGrowth.likely,
    "revenueGrowth.high": d.revenueGrowth.high,
    investment: d.investment,
    effort: d.effort,
    durationPeriods: d.durationPeriods,
    confidence: d.confidence,
  };
}

/** The draft with some fields replaced (others' changes, or the person's pick in a conflict). */
export function withFields(d: Draft, changed: Partial<DraftFields>): Draft {
  const next: Draft = { ...d, costReduction: { ...d.costReduction }, revenueGrowth: { ...d.revenueGrowth } };
  for (const [key, value] of Object.entries(changed)) {
    const [estimate, part] = key.split(".") as [string, (typeof PARTS)[number] | undefined];
    if (part && (estimate === "costReduction" || estimate === "revenueGrowth")) next[estimate][part] = String(value);
    else (next as Record<string, unknown>)[key] = value;
  }
  return next;
}

type Patch = Omit<RouterInputs["initiative"]["update"], "workspaceId" | "id" | "version">;

/** The API update for some fields; numbers that do not parse are left to `draftErrors` (they are never sent). */
export function toPatch(changed: Partial<DraftFields>): Patch {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changed)) {
    const [estimate, part] = key.split(".");
    if (part && estimate) {
      const target = (out[estimate] ??= {}) as Record<string, unknown>;
      target[part] = typed(String(value));
    } else if (key === "ownerId") out.ownerId = value === "" ? null : value;
    else if ((NUMBER_FIELDS as readonly string[]).includes(key)) out[key] = typed(String(value));
    else out[key] = value;
  }
  return out;
}

/**
 * Every field's problem, keyed like the API's field errors, in words that name
 * the field: numbers that are not numbers, the API schema's own rules, and
 * low <= likely <= high (both fields concerned are marked, so neither is sent
 * until the order is right; the other fields are still saved).
 */
export function draftErrors(d: Draft): Record<string, string[]> {
  const f = fieldsOf(d);
  const keys = [...ESTIMATES.flatMap((e) => PARTS.map((p) => `${e}.${p}`)), ...NUMBER_FIELDS];
  const read = readNumbers(Object.fromEntries(keys.map((k) => [k, String(f[k as keyof DraftFields])])), keys);
  const errors: Record<string, string[]> = read.ok ? {} : { ...read.errors };
  const patch = toPatch(f);
  const checked = schemaErrors(updateInitiativeInput, { id: "draft", version: 1, ...patch });
  for (const [key, messages] of Object.entries(checked)) if (!errors[key]) errors[key] = messages;
  for (const key of ESTIMATES) {
    const e = patch[key];
    if (!e || [e.low, e.likely, e.high].some((n) => typeof n !== "number" || !Number.isFinite(n))) continue;
    const whole = e as { low: number; likely: number; high: number };
    for (const changed of [{ low: 1 }, { likely: 1 }, { high: 1 }]) {
      for (const [k, messages] of Object.entries(estimateOrderErrors(key, whole, changed))) {
        errors[k] = [...new Set([...(errors[k] ?? []), ...messages])];
      }
    }
  }
  return errors;
}

/**
 * What the live score needs, when every number in it is a number. Numbers out
 * of order still go to the score: it says what it needs (low ≤ likely ≤ high).
 */
export function estimatesOf(d: Draft): DraftEstimates | null {
  const p = toPatch(fieldsOf(d));
  const numbers = [...ESTIMATES.flatMap((e) => PARTS.map((part) => p[e]?.[part])), ...NUMBER_FIELDS.map((k) => p[k])];
  if (numbers.some((n) => typeof n !== "number" || !Number.isFinite(n))) return null;
  return {
    costReduction: p.costReduction as DraftEstimates["costReduction"],
    revenueGrowth: p.revenueGrowth as DraftEstimates["revenueGrowth"],
    investment: p.investment!,
    effort: p.effort!,
    durationPeriods: p.durationPeriods!,
    confidence: d.confidence,
  };
}
