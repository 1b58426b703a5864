import type { InitiativeStatus } from "@/server/scoring/types";
import { numberText, readTypedNumber } from "../ui/typed-number";

/** An initiative as the pickers show it. */
export type Picked = { id: string; title: string; status: InitiativeStatus };

/** The editor's state: text as typed, so nothing is lost when the server refuses it. */
export type ScenarioDraft = {
  name: string;
  description: string;
  /** "" for the workspace's current model, else a version number as text. */
  model: string;
  /** Typed override per period id; empty text: the period keeps its own capacity. */
  overrides: Record<string, string>;
  forceIn: Picked[];
  forceOut: Picked[];
};

export const EMPTY_DRAFT: ScenarioDraft = { name: "", description: "", model: "", overrides: {}, forceIn: [], forceOut: [] };

/** A saved scenario as `scenario.get` answers: its values, and the forced initiatives named. */
type Saved = ScenarioValues & { initiatives: Picked[] };

/** The editor's starting state for a saved scenario. */
export function draftOf(s: Saved): ScenarioDraft {
  const byId = new Map(s.initiatives.map((i) => [i.id, i]));
  // An initiative deleted since is gone from the scenario too (cascade): every id here has its row.
  const picked = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? []).sort((a, b) => a.title.localeCompare(b.title));
  return {
    name: s.name,
    description: s.description,
    model: s.scoringModelNumber === null ? "" : String(s.scoringModelNumber),
    overrides: Object.fromEntries(s.capacities.map((c) => [c.periodId, numberText(c.capacity)])),
    forceIn: picked(s.forceIn),
    forceOut: picked(s.forceOut),
  };
}

export type ScenarioValues = {
  name: string;
  description: string;
  scoringModelNumber: number | null;
  capacities: { periodId: string; capacity: number }[];
  forceIn: string[];
  forceOut: string[];
};

/**
 * The draft as the API's input, the overrides in the periods' order (the
 * server's field errors name them by position: `capacities.2.capacity`), or
 * the typed numbers it cannot read, by period id.
 */
export function valuesOf(
  draft: ScenarioDraft,
  periodIds: readonly string[],
): { ok: true; values: ScenarioValues } | { ok: false; capacityErrors: Record<string, string> } {
  const capacities: ScenarioValues["capacities"] = [];
  const capacityErrors: Record<string, string> = {};
  for (const periodId of periodIds) {
    const text = draft.overrides[periodId] ?? "";
    const { parsed } = readTypedNumber(text);
    if (!parsed.ok) capacityErrors[periodId] = parsed.message;
    else if (parsed.value !== null) capacities.push({ periodId, capacity: parsed.value });
  }
  if (Object.keys(capacityErrors).length) return { ok: false, capacityErrors };
  return {
    ok: true,
    values: {
      name: draft.name,
      description: draft.description,
      scoringModelNumber: draft.model === "" ? null : Number(draft.model),
      capacities,
      forceIn: draft.forceIn.map((i) => i.id),
      forceOut: draft.forceOut.map((i) => i.id),
    },
  };
}

/**
 * The server's field errors as the form shows them: by field, with the
 * capacities' errors moved from their position in the list sent to the
 * period they are about, and a list's item errors gathered on the list.
 */
export function formErrors(
  fieldErrors: Record<string, string[]>,
  sentCapacities: readonly { periodId: string }[],
): { fields: Record<string, string>; capacities: Record<string, string> } {
  const fields: Record<string, string[]> = {};
  const capacities: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const at = /^capacities\.(\d+)\./.exec(key);
    const periodId = at ? sentCapacities[Number(at[1])]?.periodId : undefined;
    if (periodId) (capacities[periodId] ??= []).push(...messages);
    else (fields[key.split(".")[0]!] ??= []).push(...messages);
  }
  const joined = (m: Record<string, string[]>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, [...new Set(v)].join(" ")]));
  return { fields: joined(fields), capacities: joined(capacities) };
}
