import { eq } from "drizzle-orm";
import { canvases, moments } from "@/db/schema";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import { nameKey } from "./csv-cells";

/** The workspace's moments of truth by name (case-insensitive); a name on two canvases has two entries. */
export async function momentsByName(db: DbOrTx, ctx: Pick<WorkspaceCtx, "workspaceId">) {
  const out = new Map<string, { id: string; canvasTitle: string }[]>();
  for (const m of await db
    .select({ id: moments.id, name: moments.name, canvasTitle: canvases.title })
    .from(moments)
    .innerJoin(canvases, eq(canvases.id, moments.canvasId))
    .where(eq(moments.workspaceId, ctx.workspaceId))) {
    const key = nameKey(m.name);
    (out.get(key) ?? out.set(key, []).get(key)!).push({ id: m.id, canvasTitle: m.canvasTitle });
  }
  return out;
}

/** The workspace's canvases by title (case-insensitive). */
export async function canvasesByTitle(db: DbOrTx, ctx: Pick<WorkspaceCtx, "workspaceId">) {
  const out = new Map<string, { id: string; title: string }[]>();
  for (const c of await db
    .select({ id: canvases.id, title: canvases.title })
    .from(canvases)
    .where(eq(canvases.workspaceId, ctx.workspaceId))) {
    const key = nameKey(c.title);
    (out.get(key) ?? out.set(key, []).get(key)!).push(c);
  }
  return out;
}
