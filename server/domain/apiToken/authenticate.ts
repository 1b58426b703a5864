import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens, memberships, type Role } from "@/db/schema";
import type { ApiTokenScope } from "@/db/schema/api-tokens";
import type { WorkspaceCtx } from "../shared/context";
import { hashApiToken, looksLikeApiToken } from "./token";

/**
 * The role a token acts with: read is a viewer, read_write an editor. The
 * permission table then decides each call exactly as for a person with that
 * role (decision 049).
 */
export const ROLE_OF_SCOPE: Record<ApiTokenScope, Role> = { read: "viewer", read_write: "editor" };

/** How often last_used_at is written at most: a busy integration must not write on every call. */
export const LAST_USED_EVERY_MS = 60_000;

export type TokenCaller = { tokenId: string; scope: ApiTokenScope; ctx: WorkspaceCtx };
export type TokenRefusal = { refused: string };

/**
 * The caller a bearer token stands for, or why it is refused, in words for
 * the integration's developer. Checked on every request from the database
 * (no cache), so a revocation or an expiry takes effect at once on every
 * instance. The token acts in its own workspace only; its audit rows name
 * the admin who made it, and it stops when that person is no longer an
 * admin there.
 */
export async function authenticateApiToken(db: Db, token: string, now: number): Promise<TokenCaller | TokenRefusal> {
  if (!looksLikeApiToken(token)) return { refused: "This is not a Triple Crown API token. Tokens start with tc_." };
  const row = (
    await db
      .select({
        id: apiTokens.id,
        workspaceId: apiTokens.workspaceId,
        scope: apiTokens.scope,
        createdBy: apiTokens.createdBy,
        expiresAt: apiTokens.expiresAt,
        revokedAt: apiTokens.revokedAt,
      })
      .from(apiTokens)
      .where(eq(apiTokens.tokenHash, hashApiToken(token)))
  )[0];
  if (!row) return { refused: "This API token is not known. Check that it was copied whole, or ask an admin for a new one." };
  if (row.revokedAt !== null) return { refused: "This API token was revoked. Ask a workspace admin for a new one." };
  if (row.expiresAt <= now) return { refused: "This API token has expired. Ask a workspace admin for a new one." };
  const maker = row.createdBy
    ? (
        await db
          .select({ role: memberships.role })
          .from(memberships)
          .where(and(eq(memberships.workspaceId, row.workspaceId), eq(memberships.userId, row.createdBy)))
      )[0]
    : undefined;
  if (!row.createdBy || maker?.role !== "admin") {
    return { refused: "The admin who made this API token is no longer an admin of the workspace. Ask an admin for a new token." };
  }
  return {
    tokenId: row.id,
    scope: row.scope,
    ctx: { db, userId: row.createdBy, workspaceId: row.workspaceId, role: ROLE_OF_SCOPE[row.scope] },
  };
}

/** Records that the token was used, at most once a minute: one conditional UPDATE, so instances never race into two writes. */
export async function touchApiToken(db: Db, tokenId: string, now: number): Promise<void> {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, now - LAST_USED_EVERY_MS))));
}
