import type { Db } from "@/db/client";
import { randomUUID } from "node:crypto";

/**
 * The per-request context. The route handler resolves the session (Auth.js)
 * and passes only the user id, so this module and the routers never import
 * Next or Auth.js and tests can build a context directly.
 */
export type Context = {
  db: Db;
  userId: string | null;
  /** The caller's address, for rate limits. */
  ip: string;
  requestId: string;
};

export function createContext(input: { db: Db; userId: string | null; ip?: string; requestId?: string }): Context {
  return { db: input.db, userId: input.userId, ip: input.ip ?? "local", requestId: input.requestId ?? randomUUID() };
}
