import type { Db } from "@/db/client";
export type { Tx, DbOrTx } from "@/db/client";
import type { Role } from "@/db/schema";

/** Any caller, maybe anonymous, with their address (for rate limits). */
export type RequestCtx = { db: Db; userId: string | null; ip: string };

/** What every domain function receives: the database and who is calling. */
export type AuthedCtx = { db: Db; userId: string };

/**
 * A caller inside a workspace: membership and the procedure's permission
 * were checked once, before the procedure ran (server/trpc/router-from-table.ts).
 */
export type WorkspaceCtx = AuthedCtx & { workspaceId: string; role: Role };
