import type { Db } from "@/db/client";
import { canCall, type ProcedurePath } from "@/server/domain/procedure-permissions";
import { scorecardStateKey } from "@/server/domain/scorecard/cache";
import { Lru } from "@/server/domain/scorecard/lru";
import { membershipRole } from "@/server/domain/member/membership-role";

/**
 * Whole-response cache for the scorecard's page-sized reads (decision 012).
 * Their answer depends only on the workspace's data and the input, never on
 * who asks, so the JSON tRPC produced is kept and served again until anything
 * in the workspace changes (the same state key as the scorecard cache). The
 * caller's membership is checked on every request, hit or miss; anything
 * unusual (another procedure in the batch, mixed workspaces, streaming,
 * no session, bad input) goes through tRPC as usual.
 */
const CACHEABLE_PATHS = [
  "scorecard.summary",
  "scorecard.rows",
  "scorecard.roadmap",
  "scorecard.planVsRealised",
] as const satisfies readonly ProcedurePath[];
const CACHEABLE: ReadonlySet<string> = new Set(CACHEABLE_PATHS);
/** Bigger answers (a huge roadmap) are rebuilt each time rather than crowd the cache out. */
const MAX_BODY_CHARS = 256 * 1024;
const ENTRIES = 200;

type Entry = { body: string; headers: [string, string][] };
const globalCache = globalThis as unknown as { __tripleCrownReadCache?: Lru<string, Entry> };
const entries = (globalCache.__tripleCrownReadCache ??= new Lru<string, Entry>(ENTRIES));

const ENDPOINT = "/api/trpc/";
const MAX_ID = 64;

/** The one workspace every call of the request is about, or null. */
function commonWorkspaceId(search: URLSearchParams, calls: number): string | null {
  const raw = search.get("input");
  if (raw === null || raw.length > 4096) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const batch = search.get("batch") === "1";
  const inputs: unknown[] = batch
    ? Array.from({ length: calls }, (_, i) => (parsed as Record<string, unknown> | null)?.[String(i)])
    : [parsed];
  if (!batch && calls !== 1) return null;
  let id: string | null = null;
  for (const input of inputs) {
    const ws = (input as { workspaceId?: unknown } | null | undefined)?.workspaceId;
    if (typeof ws !== "string" || ws.length === 0 || ws.length > MAX_ID || (id !== null && ws !== id)) return null;
    id = ws;
  }
  return id;
}

/** The cache key for a request the caller may make and whose answer can be cached, else null. */
export async function readCacheKey(db: Db, req: Request, url: URL, userId: string | null): Promise<string | null> {
  if (req.method !== "GET" || !userId || req.headers.has("trpc-accept") || !url.pathname.startsWith(ENDPOINT)) return null;
  const paths = url.pathname.slice(ENDPOINT.length).split(",");
  if (!paths.every((p): p is ProcedurePath => CACHEABLE.has(p))) return null;
  const workspaceId = commonWorkspaceId(url.searchParams, paths.length);
  if (workspaceId === null) return null;
  const role = await membershipRole(db, workspaceId, userId);
  // The same permission the procedures check, read from their table, so a hit never answers what a miss would refuse.
  if (role === null || !paths.every((p) => canCall(role, p))) return null;
  return `${workspaceId}\n${await scorecardStateKey(db, workspaceId)}\n${url.pathname}${url.search}`;
}

export function cachedResponse(key: string): Response | null {
  const entry = entries.get(key);
  return entry ? new Response(entry.body, { status: 200, headers: entry.headers }) : null;
}

/**
 * Keeps a successful answer and gives back a response with the same body
 * (the original's body can be read only once).
 */
export async function rememberResponse(key: string, response: Response): Promise<Response> {
  if (response.status !== 200) return response;
  const body = await response.text();
  const headers = [...response.headers.entries()];
  if (body.length <= MAX_BODY_CHARS) entries.set(key, { body, headers });
  return new Response(body, { status: 200, headers });
}
