import { and, eq, inArray } from "drizzle-orm";
import { initiatives, periods, scenarios } from "@/db/schema";
import { ValidationError } from "../errors";
import { modelByNumber } from "../scoringModel/queries";
import type { Tx, WorkspaceCtx } from "../shared/context";
import type { CreateScenarioInput } from "./schemas";

type Fields = Omit<CreateScenarioInput, "idempotencyKey">;
type Errors = Record<string, string[]>;

/**
 * The rules that need the workspace's data, for the fields given (`s`): the
 * name unused by another scenario, the model version, periods and
 * initiatives of this workspace (another workspace's id reads as absent,
 * never as someone else's), no period or initiative listed twice, and no
 * initiative both forced in and out once the lists are merged with what the
 * scenario already holds (`current`). Every problem is reported, by field.
 */
export async function refuseBadScenario(
  tx: Tx,
  ctx: Pick<WorkspaceCtx, "workspaceId">,
  s: Partial<Fields>,
  current?: { id: string; forceIn: string[]; forceOut: string[] },
): Promise<void> {
  const errors: Errors = {};
  const add = (key: string, message: string) => (errors[key] ??= []).push(message);
  if (s.name !== undefined) await checkName(tx, ctx.workspaceId, s.name, current?.id, add);
  if (s.scoringModelNumber !== undefined && s.scoringModelNumber !== null) {
    if (!(await modelByNumber(tx, ctx.workspaceId, s.scoringModelNumber)))
      add("scoringModelNumber", `This workspace has no scoring model version ${s.scoringModelNumber}`);
  }
  if (s.capacities !== undefined) await checkCapacities(tx, ctx.workspaceId, s.capacities, add);
  if (s.forceIn !== undefined || s.forceOut !== undefined) {
    await checkForced(tx, ctx.workspaceId, { forceIn: s.forceIn, forceOut: s.forceOut }, current, add);
  }
  const first = Object.values(errors)[0]?.[0];
  if (first) throw new ValidationError(first, errors);
}

async function checkName(tx: Tx, workspaceId: string, name: string, exceptId: string | undefined, add: (k: string, m: string) => void) {
  // Compared without case: "Q3 push" and "q3 push" side by side would be two names for one idea.
  const wanted = name.toLowerCase();
  const taken = (
    await tx.select({ id: scenarios.id, name: scenarios.name }).from(scenarios).where(eq(scenarios.workspaceId, workspaceId))
  ).find((r) => r.id !== exceptId && r.name.toLowerCase() === wanted);
  if (taken) add("name", `A scenario called “${taken.name}” already exists: choose another name`);
}

async function checkCapacities(tx: Tx, workspaceId: string, capacities: Fields["capacities"], add: (k: string, m: string) => void) {
  if (capacities.length === 0) return;
  const ids = [...new Set(capacities.map((c) => c.periodId))];
  const labels = new Map(
    (
      await tx
        .select({ id: periods.id, label: periods.label })
        .from(periods)
        .where(and(eq(periods.workspaceId, workspaceId), inArray(periods.id, ids)))
    ).map((p) => [p.id, p.label]),
  );
  const seen = new Set<string>();
  capacities.forEach((c, i) => {
    const label = labels.get(c.periodId);
    if (label === undefined)
      add(`capacities.${i}.periodId`, "This period is not in this workspace: it may have been deleted. Reload the page.");
    else if (seen.has(c.periodId)) add(`capacities.${i}.periodId`, `${label} is listed twice: give each period one capacity`);
    seen.add(c.periodId);
  });
}

async function checkForced(
  tx: Tx,
  workspaceId: string,
  given: { forceIn?: string[]; forceOut?: string[] },
  current: { forceIn: string[]; forceOut: string[] } | undefined,
  add: (k: string, m: string) => void,
) {
  const forceIn = given.forceIn ?? current?.forceIn ?? [];
  const forceOut = given.forceOut ?? current?.forceOut ?? [];
  const ids = [...new Set([...forceIn, ...forceOut])];
  const titles = new Map<string, string>();
  // Chunks keep the statement within SQLite's bound variables (2 lists of at most 1,000).
  for (let k = 0; k < ids.length; k += 500) {
    const rows = await tx
      .select({ id: initiatives.id, title: initiatives.title })
      .from(initiatives)
      .where(and(eq(initiatives.workspaceId, workspaceId), inArray(initiatives.id, ids.slice(k, k + 500))));
    for (const r of rows) titles.set(r.id, r.title);
  }
  for (const key of ["forceIn", "forceOut"] as const) {
    const list = given[key];
    if (!list) continue;
    const missing = list.filter((id) => !titles.has(id)).length;
    if (missing > 0) {
      add(
        key,
        `${missing === 1 ? "One initiative in this list is" : `${missing} initiatives in this list are`} not in this workspace: ${missing === 1 ? "it" : "they"} may have been deleted. Reload the page.`,
      );
    }
    const seen = new Set<string>();
    for (const id of list) {
      if (seen.has(id) && titles.has(id)) add(key, `“${titles.get(id)}” is listed twice`);
      seen.add(id);
    }
  }
  const out = new Set(forceOut);
  const both = [...new Set(forceIn)].filter((id) => out.has(id) && titles.has(id));
  for (const id of both) {
    const message = `“${titles.get(id)}” cannot be both forced in and forced out`;
    for (const key of ["forceIn", "forceOut"] as const) if (given[key]) add(key, message);
  }
}
