import { asc, eq } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import { downloadName, workspaceRow } from "./workspace-row";
import { ValidationError } from "../errors";
import { defineScorecardRead, readScorecard, scorecardPlace } from "../scorecard/read";
import { MAX_FULL_SCORECARD } from "../scorecard/service";
import type { ToFileRefs } from "../shared/codec";
import { FILE_CODECS } from "./codecs";
import { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION, type WorkspaceFile } from "./workspace-format";

/**
 * Everything of one workspace as a versioned JSON document
 * (docs/workspace-format.md): no database ids, no password hashes, no audit
 * trail, no share links or invitations. People appear by email, and only
 * while they are members.
 */
export async function exportWorkspace(ctx: WorkspaceCtx) {
  const n = (await scorecardPlace(ctx.db, ctx.workspaceId)).initiatives;
  if (n > MAX_FULL_SCORECARD) {
    // Building and copying the file of a large workspace would hold the request thread: the download builds it in the worker.
    throw new ValidationError(
      `This workspace has ${n.toLocaleString("en")} initiatives, too many to send in one answer (at most ${MAX_FULL_SCORECARD.toLocaleString("en")}). Download the workspace file instead.`,
    );
  }
  return await buildWorkspaceFile(ctx.db, ctx.workspaceId);
}

/** The workspace file as the download sends it, made where a large workspace's heavy work runs: one string crosses back. */
export const workspaceFileRead = defineScorecardRead("transfer.workspaceFile", async (s) =>
  JSON.stringify(await buildWorkspaceFile(s.db, s.workspaceId), null, 2),
);

/** The workspace file's text, for the download. */
export async function workspaceFileText(ctx: WorkspaceCtx) {
  const ws = await workspaceRow(ctx.db, ctx.workspaceId);
  return {
    filename: downloadName(ws.slug, "workspace", "json"),
    content: await readScorecard(ctx.db, ctx.workspaceId, workspaceFileRead, undefined),
  };
}

export async function buildWorkspaceFile(db: DbOrTx, workspaceId: string, now = new Date()) {
  const ws = await workspaceRow(db, workspaceId);

  const memberRows = await db
    .select({ id: users.id, email: users.email, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.email));
  const emailOf = new Map(memberRows.map((m) => [m.id, m.email]));
  const refOf = new Map<string, string>();
  const orderOf = new Map<string, number>();
  const refs: ToFileRefs = {
    ref: (kind, id) => refOf.get(`${kind}:${id}`),
    order: (kind, id) => orderOf.get(`${kind}:${id}`) ?? 0,
    person: (id) => (id ? (emailOf.get(id) ?? null) : null),
  };

  // Each codec reads its rows after the ones it refers to have their refs, in the file's order.
  const lists: Record<string, unknown[]> = {};
  for (const codec of FILE_CODECS) {
    const rows = await codec.read(db, workspaceId, refs);
    if (codec.kind) {
      rows.forEach((r, i) => {
        refOf.set(`${codec.kind}:${r.id}`, `${codec.kind}-${i + 1}`);
        orderOf.set(`${codec.kind}:${r.id}`, i);
      });
    }
    lists[codec.key] = rows.flatMap((r) => codec.toFile(r, refs) ?? []);
  }

  const workspace = {
    name: ws.name,
    currency: ws.currency,
    members: memberRows.map((m) => ({ email: m.email, name: m.name, role: m.role })),
    ...lists,
  } as WorkspaceFile["workspace"];
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    workspace,
  } satisfies WorkspaceFile;
}
