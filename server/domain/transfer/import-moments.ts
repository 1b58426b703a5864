import { insertedRow } from "@/db/database";
import { count, eq, max } from "drizzle-orm";
import { moments } from "@/db/schema";
import { newId } from "@/db/ids";
import { getCanvasInWorkspace } from "../canvas/queries";
import { createMomentInput, MAX_MOMENTS_PER_CANVAS, type CreateMomentInput } from "../moment/schemas";
import { recordAudit } from "../shared/audit";
import type { Tx, WorkspaceCtx } from "../shared/context";
import { fieldForPath, nameKey, RowReader, type RowError } from "./csv-cells";
import { MOMENT_CSV_COLUMNS } from "../moment/codec";
import { MOMENT_FIELDS, type ColumnMapping } from "./csv-fields";
import type { ParsedCsv } from "./csv-parse";
import { canvasesByTitle } from "./lookups";

/** Where an issue of the API's schema points, as a CSV column. */
const PATH_TO_FIELD: Record<string, string> = Object.fromEntries(MOMENT_CSV_COLUMNS.flatMap((c) => (c.path ? [[c.path, c.key]] : [])));

type Planned = { id: string; input: CreateMomentInput; position: number };

/**
 * Checks every row of a moments file with the API's schema (moment.create),
 * resolves each row's canvas (its canvas cell by title, else the canvas chosen
 * for the import) and keeps every canvas within its limit of moments.
 */
export async function planMoments(tx: Tx, ctx: WorkspaceCtx, parsed: ParsedCsv, mapping: ColumnMapping, canvasId: string | undefined) {
  const fallback = canvasId ? await getCanvasInWorkspace(tx, ctx, canvasId) : null;
  const byTitle = await canvasesByTitle(tx, ctx);
  const stats = new Map<string, { n: number; next: number }>();
  const statsOf = async (id: string) => {
    let s = stats.get(id);
    if (!s) {
      const row = (
        await tx
          .select({ n: count(), last: max(moments.position) })
          .from(moments)
          .where(eq(moments.canvasId, id))
      )[0];
      s = { n: row?.n ?? 0, next: row?.last === null || row?.last === undefined ? 0 : row.last + 1 };
      stats.set(id, s);
    }
    return s;
  };

  const readers = parsed.rows.map((row) => new RowReader(row, mapping, parsed.header, MOMENT_FIELDS));
  const planned: (Planned | null)[] = [];
  for (const r of readers) planned.push(await planRow(r));
  async function planRow(r: RowReader): Promise<Planned | null> {
    const title = r.text("canvas");
    let target: string | null = null;
    if (title) {
      const matches = byTitle.get(nameKey(title)) ?? [];
      if (matches.length === 0) r.fail("canvas", `No canvas titled “${title}” in this workspace`);
      else if (matches.length > 1)
        r.fail("canvas", `“${title}” is the title of ${matches.length} canvases; rename one so the title is unique`);
      else target = matches[0]!.id;
    } else if (fallback) {
      target = fallback.id;
    } else {
      r.fail("canvas", "Say which canvas this moment belongs to: fill the canvas column or choose a canvas for the import");
    }
    const raw: Record<string, unknown> = { canvasId: target ?? "unresolved" };
    for (const c of MOMENT_CSV_COLUMNS) if (c.read && c.path) raw[c.path] = c.read(r);
    const checked = createMomentInput.safeParse(raw);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = fieldForPath(issue.path, PATH_TO_FIELD, "name");
        const label = MOMENT_FIELDS.find((f) => f.key === field)?.label;
        const missing = issue.code === "invalid_type" && raw[String(issue.path[0])] === undefined;
        r.fail(field, missing && label ? `${label} is required` : issue.message);
      }
    }
    if (!target || !checked.success || r.errors.length > 0) return null;
    const s = await statsOf(target);
    if (s.n >= MAX_MOMENTS_PER_CANVAS) {
      r.fail("canvas", `A canvas holds at most ${MAX_MOMENTS_PER_CANVAS} moments of truth; this row would go beyond it`);
      return null;
    }
    s.n++;
    return { id: newId(), input: checked.data, position: s.next++ };
  }
  const errors: RowError[] = readers.flatMap((r) => r.errors);
  return { errors, planned: errors.length === 0 ? (planned as Planned[]) : [] };
}

/** Writes the planned moments; one audit row per created moment. */
export async function writeMoments(tx: Tx, ctx: WorkspaceCtx, planned: Planned[]): Promise<number> {
  for (const p of planned) {
    const row = await insertedRow(
      tx
        .insert(moments)
        .values({ ...p.input, id: p.id, workspaceId: ctx.workspaceId, position: p.position })
        .returning(),
    );
    await recordAudit(tx, ctx, { entityType: "moment", entityId: row.id, action: "create", after: { ...row, source: "csv import" } });
  }
  return planned.length;
}
