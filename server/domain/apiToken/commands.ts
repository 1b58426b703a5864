import { and, desc, eq } from "drizzle-orm";
import { insertedRow } from "@/db/database";
import { apiTokens, users } from "@/db/schema";
import { ConflictError, NotFoundError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { WorkspaceCtx } from "../shared/context";
import { writeTransaction } from "../shared/revision";
import { MAX_LISTED_TOKENS, type CreateApiTokenInput } from "./schemas";
import { hashApiToken, newApiToken, tokenPrefix } from "./token";

const DAY_MS = 24 * 60 * 60 * 1000;

type TokenRow = typeof apiTokens.$inferSelect;

/** A token row without its hash: what the list, the audit trail and the answers carry. */
function publicFields(row: TokenRow) {
  const { tokenHash: _hidden, ...rest } = row;
  return rest;
}

/** Makes a token for the workspace; the token is answered once, here, and stored only as its sha256. */
export async function createApiToken(ctx: WorkspaceCtx, input: CreateApiTokenInput) {
  const token = newApiToken();
  const now = Date.now();
  return await writeTransaction(ctx, async (tx) => {
    const row = await insertedRow(
      tx
        .insert(apiTokens)
        .values({
          workspaceId: ctx.workspaceId,
          name: input.name,
          scope: input.scope,
          tokenHash: hashApiToken(token),
          prefix: tokenPrefix(token),
          expiresAt: now + input.expiresInDays * DAY_MS,
          createdBy: ctx.userId,
          createdAt: now,
        })
        .returning(),
    );
    await recordAudit(tx, ctx, { entityType: "api_token", entityId: row.id, action: "create", after: publicFields(row) });
    return { ...publicFields(row), token };
  });
}

export type ApiTokenState = "active" | "expired" | "revoked";

export function apiTokenState(row: { revokedAt: number | null; expiresAt: number }, now: number): ApiTokenState {
  if (row.revokedAt !== null) return "revoked";
  return row.expiresAt <= now ? "expired" : "active";
}

/** The workspace's tokens, newest first, with who made them and whether they still work. */
export async function listApiTokens(ctx: WorkspaceCtx) {
  const now = Date.now();
  const rows = await ctx.db
    .select({ token: apiTokens, createdByName: users.name })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.workspaceId, ctx.workspaceId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(MAX_LISTED_TOKENS);
  return rows.map(({ token, createdByName }) => ({ ...publicFields(token), createdByName, state: apiTokenState(token, now) }));
}

/** Revoking works at once: the next request with the token is refused (nothing is cached). */
export async function revokeApiToken(ctx: WorkspaceCtx, input: { id: string }) {
  return await writeTransaction(ctx, async (tx) => {
    const before = (
      await tx
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.id, input.id), eq(apiTokens.workspaceId, ctx.workspaceId)))
    )[0];
    if (!before) throw new NotFoundError("API token");
    if (before.revokedAt !== null) throw new ConflictError("This token was already revoked.");
    const after = await insertedRow(tx.update(apiTokens).set({ revokedAt: Date.now() }).where(eq(apiTokens.id, before.id)).returning());
    await recordAudit(tx, ctx, {
      entityType: "api_token",
      entityId: before.id,
      action: "revoke",
      before: publicFields(before),
      after: publicFields(after),
    });
    return publicFields(after);
  });
}
