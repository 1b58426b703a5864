import type { Db } from "@/db/client";
import type { Role } from "@/db/schema";

/** What every domain function receives: the database and who is calling. */
export type AuthedCtx = { db: Db; userId: string };

/** A caller inside a workspace: membership already checked once per request. */
export type WorkspaceCtx = AuthedCtx & { workspaceId: string; role: Role };

/** better-sqlite3 transactions are synchronous; this is the handle inside one. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;
