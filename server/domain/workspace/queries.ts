import { and, asc, eq } from "drizzle-orm";
import { memberships, workspaces } from "@/db/schema";
import { NotFoundError } from "../errors";
import type { AuthedCtx, WorkspaceCtx } from "../shared/context";

export async function listMyWorkspaces(ctx: AuthedCtx) {
  return await ctx.db
    .select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, ctx.userId))
    .orderBy(asc(workspaces.name), asc(workspaces.id))
    .limit(500);
}

/** The workspace behind a URL slug, with the caller's role; NotFound when not a member. */
export async function getWorkspaceBySlug(ctx: AuthedCtx, slug: string) {
  const row = (
    await ctx.db
      .select({
        id: workspaces.id,
        name: workspaces.name,
        slug: workspaces.slug,
        currency: workspaces.currency,
        version: workspaces.version,
        role: memberships.role,
      })
      .from(workspaces)
      .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, ctx.userId)))
      .where(eq(workspaces.slug, slug))
  )[0];
  if (!row) throw new NotFoundError("Workspace");
  return row;
}

export async function getWorkspace(ctx: WorkspaceCtx) {
  const row = (await ctx.db.select().from(workspaces).where(eq(workspaces.id, ctx.workspaceId)))[0];
  if (!row) throw new NotFoundError("Workspace");
  return { ...row, role: ctx.role };
}
