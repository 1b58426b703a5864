import { eq } from "drizzle-orm";
import { initiativeDependencies, initiativeEffects, initiatives, memberships, users } from "@/db/schema";
import { newId } from "@/db/ids";
import { findDependencyCycle } from "@/server/scoring";
import { isDomainError } from "../errors";
import { estimateColumns } from "../initiative/access";
import { INITIATIVE_CSV_PATHS, initiativeCsvInput } from "../initiative/codec";
import { createInitiativeInput, setDependenciesInput, setEffectsInput, type CreateInitiativeInput } from "../initiative/schemas";
import { checkInitialStatus, resolveStatusFields } from "../initiative/status-rules";
import { recordAudit } from "../shared/audit";
import type { Tx, WorkspaceCtx } from "../shared/context";
import { fieldForPath, nameKey, RowReader, type RowError } from "./csv-cells";
import { INITIATIVE_FIELDS, type ColumnMapping } from "./csv-fields";
import type { ParsedCsv } from "./csv-parse";
import { momentsByName } from "./lookups";

const PATH_TO_FIELD = INITIATIVE_CSV_PATHS;

type Dependency = { existingId: string } | { row: number };

type Planned = {
  id: string;
  input: CreateInitiativeInput;
  status: ReturnType<typeof resolveStatusFields>;
  ownerId: string | null;
  effects: { momentId: string; effect: number }[];
  dependsOn: Dependency[];
};

function effectsOf(r: RowReader, moments: Awaited<ReturnType<typeof momentsByName>>) {
  const out: { momentId: string; effect: number; name: string }[] = [];
  for (const item of r.list("effects")) {
    const colon = item.lastIndexOf(":");
    if (colon <= 0) {
      r.fail("effects", `Write each effect as Moment name:effect, e.g. Booking online:+2 (got “${item}”)`);
      continue;
    }
    const name = item.slice(0, colon).trim();
    const value = item
      .slice(colon + 1)
      .trim()
      .replace(/\u2212/g, "-");
    if (!/^[+-]?\d+$/.test(value)) {
      r.fail("effects", `The effect on “${name}” must be a whole number from −3 to +3 (got “${value}”)`);
      continue;
    }
    const matches = moments.get(nameKey(name)) ?? [];
    if (matches.length === 0) {
      r.fail("effects", `No moment of truth named “${name}” in this workspace`);
      continue;
    }
    if (matches.length > 1) {
      const where = matches.map((m) => `“${m.canvasTitle}”`).join(", ");
      r.fail("effects", `“${name}” names ${matches.length} moments of truth (on canvases ${where}); rename one so the name is unique`);
      continue;
    }
    out.push({ momentId: matches[0]!.id, effect: Number(value), name });
  }
  const checked = setEffectsInput.shape.effects.safeParse(out.map(({ momentId, effect }) => ({ momentId, effect })));
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const at = typeof issue.path[0] === "number" ? out[issue.path[0]] : undefined;
      r.fail("effects", at ? `“${at.name}”: ${issue.message}` : issue.message);
    }
  }
  return out.map(({ momentId, effect }) => ({ momentId, effect }));
}

type TitleIndex = { existing: Map<string, string[]>; file: Map<string, number[]> };

function dependenciesOf(r: RowReader, self: number, titles: TitleIndex): Dependency[] {
  const out: Dependency[] = [];
  const keys: string[] = [];
  for (const title of r.list("depends_on")) {
    const key = nameKey(title);
    const existing = titles.existing.get(key) ?? [];
    const rows = titles.file.get(key) ?? [];
    if (rows.length === 1 && rows[0] === self && existing.length === 0) {
      r.fail("depends_on", `An initiative cannot depend on itself (“${title}”)`);
      continue;
    }
    const others = rows.filter((i) => i !== self);
    const count = existing.length + others.length;
    if (count === 0) {
      r.fail("depends_on", `No initiative titled “${title}”, neither in this workspace nor in this file`);
      continue;
    }
    if (count > 1) {
      r.fail(
        "depends_on",
        `“${title}” matches ${count} initiatives (in this workspace and this file); titles used as prerequisites must be unique`,
      );
      continue;
    }
    const dep: Dependency = existing.length === 1 ? { existingId: existing[0]! } : { row: others[0]! };
    out.push(dep);
    keys.push("existingId" in dep ? dep.existingId : `row:${dep.row}`);
  }
  const checked = setDependenciesInput.shape.dependsOn.safeParse(keys);
  if (!checked.success) for (const issue of checked.error.issues) r.fail("depends_on", issue.message);
  return out;
}

function applyStatusRules(r: RowReader, ctx: WorkspaceCtx, input: CreateInitiativeInput) {
  try {
    checkInitialStatus(ctx.role, input.status);
    return resolveStatusFields(
      { status: "proposed", startPeriod: null, pinnedPeriod: null, progress: 0 },
      { status: input.status, startPeriod: input.startPeriod, pinnedPeriod: input.pinnedPeriod, progress: input.progress },
    );
  } catch (error) {
    if (isDomainError(error) && error.code === "INVALID" && error.fieldErrors && Object.keys(error.fieldErrors).length > 0) {
      for (const [path, messages] of Object.entries(error.fieldErrors)) {
        for (const m of messages) r.fail(fieldForPath([path], PATH_TO_FIELD, "status"), m);
      }
      return null;
    }
    if (isDomainError(error)) {
      r.fail("status", error.message);
      return null;
    }
    throw error;
  }
}

async function existingGraph(tx: Tx, ctx: WorkspaceCtx) {
  const graph = new Map<string, string[]>();
  for (const e of await tx
    .select({ id: initiativeDependencies.initiativeId, dependsOn: initiativeDependencies.dependsOnId })
    .from(initiativeDependencies)
    .where(eq(initiativeDependencies.workspaceId, ctx.workspaceId))) {
    (graph.get(e.id) ?? graph.set(e.id, []).get(e.id)!).push(e.dependsOn);
  }
  return graph;
}

/**
 * Checks every row of an initiatives file against the same rules as the API
 * (the zod schema of initiative.create, the status rules, effect and
 * dependency bounds), resolves moment names and initiative titles, and
 * refuses dependency cycles. Returns the rows ready to write, or the errors.
 */
export async function planInitiatives(tx: Tx, ctx: WorkspaceCtx, parsed: ParsedCsv, mapping: ColumnMapping) {
  const members = new Map(
    (
      await tx
        .select({ id: users.id, email: users.email })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.workspaceId, ctx.workspaceId))
    ).map((m) => [m.email.toLowerCase(), m.id]),
  );
  const moments = await momentsByName(tx, ctx);
  const titles: TitleIndex = { existing: new Map(), file: new Map() };
  for (const i of await tx
    .select({ id: initiatives.id, title: initiatives.title })
    .from(initiatives)
    .where(eq(initiatives.workspaceId, ctx.workspaceId))) {
    const key = nameKey(i.title);
    (titles.existing.get(key) ?? titles.existing.set(key, []).get(key)!).push(i.id);
  }
  const readers = parsed.rows.map((row) => new RowReader(row, mapping, parsed.header, INITIATIVE_FIELDS));
  readers.forEach((r, index) => {
    const key = nameKey(r.text("title"));
    if (key) (titles.file.get(key) ?? titles.file.set(key, []).get(key)!).push(index);
  });

  const planned: (Planned | null)[] = readers.map((r, index) => {
    const ownerEmail = r.text("owner_email").toLowerCase();
    const ownerId = ownerEmail ? (members.get(ownerEmail) ?? null) : null;
    if (ownerEmail && !ownerId) r.fail("owner_email", `No member of this workspace has the email ${ownerEmail}`);
    const raw = initiativeCsvInput(r);
    const parsedInput = createInitiativeInput.safeParse(raw);
    if (!parsedInput.success) {
      for (const issue of parsedInput.error.issues) r.fail(fieldForPath(issue.path, PATH_TO_FIELD, "title"), issue.message);
    }
    const status = parsedInput.success ? applyStatusRules(r, ctx, parsedInput.data) : null;
    const effects = effectsOf(r, moments);
    const dependsOn = dependenciesOf(r, index, titles);
    if (!parsedInput.success || !status || r.errors.length > 0) return null;
    return { id: newId(), input: parsedInput.data, status, ownerId, effects, dependsOn };
  });

  const errors: RowError[] = readers.flatMap((r) => r.errors);
  if (errors.length === 0) {
    const cycleError = await findCycle(tx, ctx, planned as Planned[], readers);
    if (cycleError) errors.push(cycleError);
  }
  return { errors, planned: errors.length === 0 ? (planned as Planned[]) : [] };
}

/** The whole graph (what exists plus the file) must stay acyclic; the error names the titles in the loop. */
async function findCycle(tx: Tx, ctx: WorkspaceCtx, planned: Planned[], readers: RowReader[]): Promise<RowError | null> {
  if (!planned.some((p) => p.dependsOn.length > 0)) return null;
  const graph = await existingGraph(tx, ctx);
  const rowKey = (i: number) => `row:${i}`;
  planned.forEach((p, i) =>
    graph.set(
      rowKey(i),
      p.dependsOn.map((d) => ("existingId" in d ? d.existingId : rowKey(d.row))),
    ),
  );
  const cycle = findDependencyCycle([...graph].map(([id, dependsOn]) => ({ id, dependsOn })));
  if (!cycle) return null;
  const firstRow = cycle.find((id) => id.startsWith("row:"));
  const at = firstRow ? Math.max(0, cycle.indexOf(firstRow)) : 0;
  const ordered = [...cycle.slice(at), ...cycle.slice(0, at)];
  const existingTitles = new Map(
    (
      await tx
        .select({ id: initiatives.id, title: initiatives.title })
        .from(initiatives)
        .where(eq(initiatives.workspaceId, ctx.workspaceId))
    ).map((r) => [r.id, r.title]),
  );
  const title = (id: string) => (id.startsWith("row:") ? planned[Number(id.slice(4))]!.input.title : (existingTitles.get(id) ?? id));
  const names = [...ordered, ordered[0]!].map((id) => `“${title(id)}”`);
  const reader = firstRow ? readers[Number(firstRow.slice(4))]! : readers[0]!;
  return { line: reader.row.line, column: reader.column("depends_on"), message: `Dependency cycle: ${names.join(" depends on ")}` };
}

/** Writes the planned rows; one audit row per created initiative, holding its links too. */
export async function writeInitiatives(tx: Tx, ctx: WorkspaceCtx, planned: Planned[]): Promise<number> {
  const now = Date.now();
  // One millisecond apart, ending now: lists ordered by creation show the file's order.
  const createdAt = (index: number) => now - (planned.length - 1 - index);
  for (const [index, p] of planned.entries()) {
    const row = {
      id: p.id,
      workspaceId: ctx.workspaceId,
      title: p.input.title,
      problem: p.input.problem,
      ownerId: p.ownerId,
      department: p.input.department,
      ...estimateColumns(p.input),
      investment: p.input.investment,
      effort: p.input.effort,
      durationPeriods: p.input.durationPeriods,
      confidence: p.input.confidence,
      ...p.status,
      decisionReason: null,
      createdBy: ctx.userId,
      createdAt: createdAt(index),
      updatedAt: now,
      version: 1,
    };
    await tx.insert(initiatives).values(row);
    if (p.effects.length > 0) {
      await tx.insert(initiativeEffects).values(p.effects.map((e) => ({ workspaceId: ctx.workspaceId, initiativeId: p.id, ...e })));
    }
    const dependsOn = p.dependsOn.map((d) => ("existingId" in d ? d.existingId : planned[d.row]!.id));
    if (dependsOn.length > 0) {
      await tx
        .insert(initiativeDependencies)
        .values(dependsOn.map((d) => ({ workspaceId: ctx.workspaceId, initiativeId: p.id, dependsOnId: d })));
    }
    await recordAudit(tx, ctx, {
      entityType: "initiative",
      entityId: p.id,
      action: "create",
      after: { ...row, effects: p.effects, dependsOn, source: "csv import" },
    });
  }
  return planned.length;
}
