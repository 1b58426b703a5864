import { and, eq, inArray, isNotNull, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { z } from "zod";
import { initiatives, memberships, scoringModels, users, workspaces as workspaceTable } from "@/db/schema";
import { newId } from "@/db/ids";
import { findDependencyCycle } from "@/server/scoring";
import { isDomainError, ValidationError } from "../errors";
import { resolveStatusFields } from "../initiative/status-rules";
import { MAX_MEASURES_PER_CANVAS } from "../measure/schemas";
import { MAX_MOMENTS_PER_CANVAS } from "../moment/schemas";
import { refuseOverlaps } from "../period/overlaps";
import { recordAudit } from "../shared/audit";
import { findBadText } from "../shared/text";
import type { AuthedCtx } from "../shared/context";
import { createWorkspace } from "../workspace/create";
import { databaseTarget } from "../shared/database-target";
import { workerPools } from "@/server/workers/pools";
import type { ImportWorkspaceInput } from "./schemas";
import { workspaceFileSchema, type WorkspaceFile } from "./workspace-format";
import { FILE_CODECS } from "./codecs";
import type { FromFileRefs, Table } from "../shared/codec";
import { importByteLimit, quota, requireFileWithinQuotas, requireWorkspaceRoom } from "../quotas";

/** Issues listed in the error's fieldErrors at most; the message says how many there were. */
const MAX_LISTED_ISSUES = 50;

function fail(issues: { path: string; message: string }[]): never {
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  const fieldErrors: Record<string, string[]> = {};
  for (const i of issues.slice(0, MAX_LISTED_ISSUES)) (fieldErrors[i.path] ??= []).push(i.message);
  throw new ValidationError(
    `The workspace file cannot be imported: ${first.path ? `${first.path}: ` : ""}${first.message}${more}`,
    fieldErrors,
  );
}

/** JSON text → a checked workspace file, or a ValidationError naming where it is wrong. */
export function readWorkspaceFile(text: string): WorkspaceFile {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    fail([{ path: "", message: `This is not JSON (${(error as Error).message})` }]);
  }
  // The request's own text passed the text rule, but JSON escapes ("\ud800", "\u0000") only become characters here.
  const bad = findBadText(json);
  if (bad) fail([{ path: bad.path, message: `This text ${bad.problem}. Remove it and try again.` }]);
  const parsed = workspaceFileSchema.safeParse(json);
  if (!parsed.success) fail(parsed.error.issues.map((i: z.core.$ZodIssue) => ({ path: i.path.map(String).join("."), message: i.message })));
  checkReferences(parsed.data);
  return parsed.data;
}

/** Every ref unique and every reference pointing at something in the file; the rules the API keeps while editing. */
function checkReferences(file: WorkspaceFile): void {
  const w = file.workspace;
  const issues: { path: string; message: string }[] = [];
  const refs = (kind: string, rows: { ref: string }[]) => {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (seen.has(r.ref)) issues.push({ path: `workspace.${kind}.${i}.ref`, message: `The ref “${r.ref}” is used twice` });
      seen.add(r.ref);
    });
    return seen;
  };
  const categoryRefs = refs("categories", w.categories);
  const canvasRefs = refs("canvases", w.canvases);
  const momentRefs = refs("moments", w.moments);
  const measureRefs = refs("measures", w.measures);
  const periodRefs = refs("periods", w.periods);
  const initiativeRefs = refs("initiatives", w.initiatives);
  const need = (set: Set<string>, value: string, path: string, what: string) => {
    if (!set.has(value)) issues.push({ path, message: `No ${what} with ref “${value}” in the file` });
  };
  w.canvases.forEach((c, i) => need(categoryRefs, c.categoryRef, `workspace.canvases.${i}.categoryRef`, "category"));
  const perCanvas = (rows: { canvasRef: string }[], kind: string, limit: number, what: string) => {
    const counts = new Map<string, number>();
    rows.forEach((r, i) => {
      need(canvasRefs, r.canvasRef, `workspace.${kind}.${i}.canvasRef`, "canvas");
      const n = (counts.get(r.canvasRef) ?? 0) + 1;
      counts.set(r.canvasRef, n);
      if (n === limit + 1) issues.push({ path: `workspace.${kind}.${i}.canvasRef`, message: `A canvas holds at most ${limit} ${what}` });
    });
  };
  perCanvas(w.moments, "moments", MAX_MOMENTS_PER_CANVAS, "moments of truth");
  perCanvas(w.measures, "measures", MAX_MEASURES_PER_CANVAS, "measures");
  const numbers = new Set<number>();
  w.scoringModels.forEach((m, i) => {
    if (numbers.has(m.number))
      issues.push({ path: `workspace.scoringModels.${i}.number`, message: `Model number ${m.number} appears twice` });
    numbers.add(m.number);
  });
  w.initiatives.forEach((x, i) => {
    const at = `workspace.initiatives.${i}`;
    const moments = new Set<string>();
    x.effects.forEach((e, k) => {
      need(momentRefs, e.momentRef, `${at}.effects.${k}.momentRef`, "moment of truth");
      if (moments.has(e.momentRef))
        issues.push({ path: `${at}.effects.${k}.momentRef`, message: "One effect per moment: this moment is listed twice" });
      moments.add(e.momentRef);
    });
    const prereqs = new Set<string>();
    x.dependsOn.forEach((d, k) => {
      need(initiativeRefs, d, `${at}.dependsOn.${k}`, "initiative");
      if (d === x.ref) issues.push({ path: `${at}.dependsOn.${k}`, message: "An initiative cannot depend on itself" });
      if (prereqs.has(d)) issues.push({ path: `${at}.dependsOn.${k}`, message: "This prerequisite is listed twice" });
      prereqs.add(d);
    });
    const resultPeriods = new Set<string>();
    x.results.forEach((r, k) => {
      need(periodRefs, r.periodRef, `${at}.results.${k}.periodRef`, "period");
      if (resultPeriods.has(r.periodRef))
        issues.push({ path: `${at}.results.${k}.periodRef`, message: "One result per period: this period is listed twice" });
      resultPeriods.add(r.periodRef);
    });
    const linkedMeasures = new Set<string>();
    x.measureLinks.forEach((m, k) => {
      need(measureRefs, m.measureRef, `${at}.measureLinks.${k}.measureRef`, "measure");
      if (m.byPeriodRef !== null) need(periodRefs, m.byPeriodRef, `${at}.measureLinks.${k}.byPeriodRef`, "period");
      if (linkedMeasures.has(m.measureRef))
        issues.push({ path: `${at}.measureLinks.${k}.measureRef`, message: "One link per measure: this measure is listed twice" });
      linkedMeasures.add(m.measureRef);
    });
    try {
      resolveStatusFields(
        { status: "proposed", startPeriod: null, pinnedPeriod: null, progress: 0 },
        { status: x.status, startPeriod: x.startPeriod, pinnedPeriod: x.pinnedPeriod, progress: x.progress },
      );
    } catch (error) {
      if (!isDomainError(error)) throw error;
      issues.push({ path: `${at}.status`, message: error.message });
    }
  });
  w.comments.forEach((c, i) => {
    const set = c.entityType === "initiative" ? initiativeRefs : canvasRefs;
    need(set, c.entityRef, `workspace.comments.${i}.entityRef`, c.entityType);
  });
  w.decisions.forEach((d, i) => need(initiativeRefs, d.initiativeRef, `workspace.decisions.${i}.initiativeRef`, "initiative"));
  issues.push(...scenarioIssues(w, { periodRefs, initiativeRefs, modelNumbers: numbers }));
  if (issues.length === 0) {
    const cycle = findDependencyCycle(w.initiatives.map((x) => ({ id: x.ref, dependsOn: x.dependsOn })));
    if (cycle) {
      const title = new Map(w.initiatives.map((x) => [x.ref, x.title]));
      issues.push({
        path: "workspace.initiatives",
        message: `Dependency cycle: ${[...cycle, cycle[0]!].map((r) => `“${title.get(r) ?? r}”`).join(" depends on ")}`,
      });
    }
  }
  if (issues.length > 0) fail(issues);
}

/**
 * The rules scenario.create keeps, on the file's refs: names unique (without
 * case), periods and initiatives in the file, none listed twice, none both
 * forced in and out, and a model version the new workspace will have (a file
 * without models gets the default version 1).
 */
function scenarioIssues(
  w: WorkspaceFile["workspace"],
  known: { periodRefs: Set<string>; initiativeRefs: Set<string>; modelNumbers: Set<number> },
): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const models = known.modelNumbers.size > 0 ? known.modelNumbers : new Set([1]);
  const names = new Set<string>();
  w.scenarios.forEach((s, i) => {
    const at = `workspace.scenarios.${i}`;
    if (names.has(s.name.toLowerCase())) issues.push({ path: `${at}.name`, message: `A scenario called “${s.name}” appears twice` });
    names.add(s.name.toLowerCase());
    if (s.scoringModelNumber !== null && !models.has(s.scoringModelNumber)) {
      issues.push({ path: `${at}.scoringModelNumber`, message: `No scoring model version ${s.scoringModelNumber} in the file` });
    }
    const periods = new Set<string>();
    s.capacities.forEach((c, k) => {
      if (!known.periodRefs.has(c.periodRef))
        issues.push({ path: `${at}.capacities.${k}.periodRef`, message: `No period with ref “${c.periodRef}” in the file` });
      else if (periods.has(c.periodRef))
        issues.push({ path: `${at}.capacities.${k}.periodRef`, message: "One capacity per period: this period is listed twice" });
      periods.add(c.periodRef);
    });
    const listed = new Map<string, "forceIn" | "forceOut">();
    for (const key of ["forceIn", "forceOut"] as const) {
      s[key].forEach((r, k) => {
        const path = `${at}.${key}.${k}`;
        if (!known.initiativeRefs.has(r)) issues.push({ path, message: `No initiative with ref “${r}” in the file` });
        else if (listed.get(r) === key) issues.push({ path, message: "This initiative is listed twice" });
        else if (listed.has(r)) issues.push({ path, message: "This initiative cannot be both forced in and forced out" });
        listed.set(r, key);
      });
    }
  });
  return issues;
}

/** Rows per transaction while an import writes: each holds the write lock for a few milliseconds only. */
export const IMPORT_ROWS_PER_TRANSACTION = 500;
/** Rows per INSERT statement: far below SQLite's limit of bound variables. */
const ROWS_PER_STATEMENT = 200;
/** An import that has not finished in this long crashed: its staged rows are removed by the next import. */
export const STALE_IMPORT_MS = 60 * 60 * 1000;

type Batch = { table: Table; rows: Record<string, unknown>[] };

/** Where the worker thread runs the import for a database file; in-memory databases (tests) import here. */
export async function importWorkspace(ctx: AuthedCtx, input: ImportWorkspaceInput): Promise<ImportResult> {
  requireImportSize(input);
  const dbFile = databaseTarget(ctx.db);
  if (!dbFile) return importStaged(ctx, input);
  return workerPools().heavy.run<ImportResult>(
    "importWorkspace",
    { dbFile, userId: ctx.userId, input },
    undefined,
    `importer:${ctx.userId}`,
  );
}

function requireImportSize(input: ImportWorkspaceInput): void {
  if (Buffer.byteLength(input.file, "utf8") > importByteLimit()) {
    const mb = quota("importMegabytes");
    throw new ValidationError(`The file is larger than ${mb} MB, the most this installation imports.`, { file: [`At most ${mb} MB`] });
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Creates a NEW workspace from a workspace file, all or nothing: new ids with
 * every reference remapped, the importer as its only member (admin). People
 * in the file are not made members (that would grant access nobody asked
 * for): what they owned or wrote keeps no person unless it is the importer,
 * and the answer lists them so the admin can invite them.
 *
 * It writes in short transactions (decision 033): the workspace is created
 * without members, its rows go in IMPORT_ROWS_PER_TRANSACTION at a time, and
 * the last transaction checks the periods, makes the importer its admin and
 * writes the audit row. Until then nobody can open it; if any step fails,
 * its rows are removed again. So the import is all or nothing for every
 * reader, while other writers wait at most one short transaction.
 */
export async function importStaged(ctx: AuthedCtx, input: ImportWorkspaceInput): Promise<ImportResult> {
  // The size was checked by importWorkspace, the only way in, before the file was queued for the worker.
  const file = readWorkspaceFile(input.file);
  const w = file.workspace;
  requireFileWithinQuotas({
    initiatives: w.initiatives.length,
    moments: w.moments.length,
    categories: w.categories.length,
    canvases: w.canvases.length,
    measures: w.measures.length,
    comments: w.comments.length,
    scenarios: w.scenarios.length,
  });
  await removeStaleImports(ctx.db);
  const name = input.name ?? `${w.name} (imported)`.slice(0, 100);
  const { workspace, myEmail } = await ctx.db.transaction(async (tx) => {
    await requireWorkspaceRoom(tx, ctx.userId);
    const me = (await tx.select({ email: users.email }).from(users).where(eq(users.id, ctx.userId)))[0];
    const created = await createWorkspace(tx, ctx.userId, { name, staged: true });
    await tx.update(workspaceTable).set({ currency: w.currency }).where(eq(workspaceTable.id, created.id));
    // The file's model history replaces the default version 1 the new workspace starts with.
    if (w.scoringModels.length > 0) await tx.delete(scoringModels).where(eq(scoringModels.workspaceId, created.id));
    return { workspace: created, myEmail: me?.email.toLowerCase() ?? null };
  });
  const workspaceId = workspace.id;
  try {
    const batches = planRows(file, { workspaceId, userId: ctx.userId, myEmail });
    for (const slice of slices(batches, IMPORT_ROWS_PER_TRANSACTION)) {
      await ctx.db.transaction(async (tx) => {
        for (const { table, rows } of slice) {
          for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
            await tx.insert(table).values(rows.slice(i, i + ROWS_PER_STATEMENT));
          }
        }
      });
      await nextTurn();
    }
    const notImported = w.members.filter((m) => m.email !== myEmail);
    const counts = {
      categories: w.categories.length,
      canvases: w.canvases.length,
      moments: w.moments.length,
      measures: w.measures.length,
      measureValues: w.measures.reduce((n, m) => n + m.actuals.length, 0),
      periods: w.periods.length,
      scoringModels: w.scoringModels.length,
      initiatives: w.initiatives.length,
      comments: w.comments.length,
      scenarios: w.scenarios.length,
    };
    await ctx.db.transaction(async (tx) => {
      await refuseOverlaps(tx, workspaceId);
      await tx.insert(memberships).values({ workspaceId, userId: ctx.userId, role: "admin" });
      await tx.update(workspaceTable).set({ importStartedAt: null }).where(eq(workspaceTable.id, workspaceId));
      await recordAudit(
        tx,
        { workspaceId, userId: ctx.userId },
        {
          entityType: "workspace",
          entityId: workspaceId,
          action: "import",
          after: { from: w.name, exportedAt: file.exportedAt ?? null, counts, membersNotAdded: notImported.length },
        },
      );
    });
    return {
      workspace: { id: workspaceId, slug: workspace.slug, name: workspace.name },
      counts,
      membersNotAdded: notImported,
    };
  } catch (error) {
    await removeStagedWorkspace(ctx.db, workspaceId);
    throw error;
  }
}

export type ImportResult = {
  workspace: { id: string; slug: string; name: string };
  counts: Record<
    | "categories"
    | "canvases"
    | "moments"
    | "measures"
    | "measureValues"
    | "periods"
    | "scoringModels"
    | "initiatives"
    | "comments"
    | "scenarios",
    number
  >;
  membersNotAdded: WorkspaceFile["workspace"]["members"];
};

/** The batches cut into groups of about `size` rows, in order (parents before children). */
function* slices(batches: Batch[], size: number): Generator<Batch[]> {
  let group: Batch[] = [];
  let room = size;
  for (const { table, rows } of batches) {
    for (let i = 0; i < rows.length;) {
      const part = rows.slice(i, i + room);
      group.push({ table, rows: part });
      i += part.length;
      room -= part.length;
      if (room === 0) {
        yield group;
        group = [];
        room = size;
      }
    }
  }
  if (group.length > 0) yield group;
}

/**
 * Removes a staged workspace's rows a slice at a time (the children of
 * initiatives go with them by cascade), then the workspace itself.
 */
async function removeStagedWorkspace(db: Db, workspaceId: string): Promise<void> {
  for (;;) {
    const removed = await db.transaction(async (tx) => {
      const ids = (
        await tx
          .select({ id: initiatives.id })
          .from(initiatives)
          .where(eq(initiatives.workspaceId, workspaceId))
          .limit(IMPORT_ROWS_PER_TRANSACTION)
      ).map((r) => r.id);
      if (ids.length > 0) await tx.delete(initiatives).where(inArray(initiatives.id, ids));
      return ids.length;
    });
    if (removed === 0) break;
    await nextTurn();
  }
  await db.delete(workspaceTable).where(and(eq(workspaceTable.id, workspaceId), isNotNull(workspaceTable.importStartedAt)));
}

/** Imports that crashed (the process stopped half-way) leave a staged workspace behind; it is removed here. */
async function removeStaleImports(db: Db): Promise<void> {
  const stale = await db
    .select({ id: workspaceTable.id })
    .from(workspaceTable)
    .where(lt(workspaceTable.importStartedAt, Date.now() - STALE_IMPORT_MS));
  for (const { id } of stale) await removeStagedWorkspace(db, id);
}

type Who = { workspaceId: string; userId: string; myEmail: string | null };

/** Every row the file makes, by table, parents first, with new ids and every reference remapped. */
function planRows(file: WorkspaceFile, who: Who): Batch[] {
  const w = file.workspace as unknown as Record<string, unknown[]>;
  const now = Date.now();
  const ids = new Map<string, string>();
  const refs: FromFileRefs = {
    workspaceId: who.workspaceId,
    userId: who.userId,
    now,
    idOf: (kind, ref) => {
      const key = `${kind}:${ref}`;
      let id = ids.get(key);
      if (!id) ids.set(key, (id = newId()));
      return id;
    },
    person: (email) => (email !== null && email === who.myEmail ? who.userId : null),
    stamp: (createdAt) => ({ createdAt: createdAt ?? now, updatedAt: now }),
  };
  const batches: Batch[] = [];
  for (const codec of FILE_CODECS) {
    // One list per table of the codec, so every parent row is written before any child row.
    const perTable: Record<string, unknown>[][] = codec.tables.map(() => []);
    for (const item of w[codec.key] ?? []) codec.fromFile(item, refs).forEach((rows, t) => perTable[t]!.push(...rows));
    codec.tables.forEach((table, t) => batches.push({ table, rows: perTable[t]! }));
  }
  return batches;
}
