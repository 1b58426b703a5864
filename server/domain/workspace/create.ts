import { insertedRow } from "@/db/database";
import { eq } from "drizzle-orm";
import { memberships, workspaces } from "@/db/schema";
import { randomBytes } from "node:crypto";
import { recordAudit } from "../shared/audit";
import type { DbOrTx } from "../shared/context";
import { insertDefaultModel } from "../scoringModel/defaults";

export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return base || "workspace";
}

async function uniqueSlug(tx: DbOrTx, name: string): Promise<string> {
  const base = slugify(name);
  for (let attempt = 0; attempt < 20; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString("hex")}`;
    if (!(await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, slug)))[0]) return slug;
  }
  return `${base}-${randomBytes(8).toString("hex")}`;
}

/**
 * A workspace, its creator as admin, and the default scoring model; call
 * inside a transaction. A staged workspace (an import in progress) gets its
 * admin only when the import completes: until then nobody can see it.
 */
export async function createWorkspace(tx: DbOrTx, userId: string, input: { name: string; slug?: string; staged?: boolean }) {
  const slug = input.slug ?? (await uniqueSlug(tx, input.name));
  const workspace = await insertedRow(
    tx
      .insert(workspaces)
      .values({ name: input.name, slug, importStartedAt: input.staged ? Date.now() : null })
      .returning(),
  );
  if (!input.staged) await tx.insert(memberships).values({ workspaceId: workspace.id, userId, role: "admin" });
  await insertDefaultModel(tx, workspace.id, userId);
  await recordAudit(
    tx,
    { workspaceId: workspace.id, userId },
    {
      entityType: "workspace",
      entityId: workspace.id,
      action: "create",
      after: workspace,
    },
  );
  return workspace;
}
