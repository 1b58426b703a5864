import { createHash } from "node:crypto";
import { getTableName } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { TABLE_NAMES } from "@/db/schema/table-names";
import type { ApiTokenScope } from "@/db/schema/api-tokens";
import { callerFor, makeTeam } from "../../helpers/factories";

/**
 * Calls the API through its real route files (app/api/v1/…/route.ts), in
 * process, with Request objects: the handlers read the process-wide database,
 * which each test points at its own fresh one.
 */
type RouteModule = Record<string, unknown>;
const ROUTES: Record<string, () => Promise<RouteModule>> = {
  "/initiatives": () => import("@/app/api/v1/initiatives/route"),
  "/initiatives/{id}": () => import("@/app/api/v1/initiatives/[id]/route"),
  "/categories": () => import("@/app/api/v1/categories/route"),
  "/categories/{id}": () => import("@/app/api/v1/categories/[id]/route"),
  "/canvases": () => import("@/app/api/v1/canvases/route"),
  "/canvases/{id}": () => import("@/app/api/v1/canvases/[id]/route"),
  "/moments": () => import("@/app/api/v1/moments/route"),
  "/moments/{id}": () => import("@/app/api/v1/moments/[id]/route"),
  "/measures": () => import("@/app/api/v1/measures/route"),
  "/measures/{id}": () => import("@/app/api/v1/measures/[id]/route"),
  "/periods": () => import("@/app/api/v1/periods/route"),
  "/periods/{id}": () => import("@/app/api/v1/periods/[id]/route"),
  "/scorecard": () => import("@/app/api/v1/scorecard/route"),
  "/roadmap": () => import("@/app/api/v1/roadmap/route"),
  "/openapi.json": () => import("@/app/api/v1/openapi.json/route"),
};

export const ROUTE_TEMPLATES = Object.keys(ROUTES);

/** The process-wide database the route handlers open (db/client.ts keeps it on globalThis). */
export function serveFrom(db: Db): void {
  (globalThis as unknown as { __tripleCrownDb?: Promise<Db> }).__tripleCrownDb = Promise.resolve(db);
}

/** Which route file answers a concrete path ("/initiatives/abc"), and its id. */
function routeOf(path: string): { template: string; id?: string } {
  if (ROUTES[path]) return { template: path };
  const [, collection, id, ...rest] = path.split("/");
  const template = `/${collection}/{id}`;
  if (rest.length || !id || !ROUTES[template]) throw new Error(`No API route for ${path}`);
  return { template, id: decodeURIComponent(id) };
}

export type ApiAnswer = { status: number; headers: Headers; body: unknown };

export async function api(
  method: string,
  pathAndQuery: string,
  opts: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const url = new URL(`http://127.0.0.1/api/v1${pathAndQuery}`);
  const { template, id } = routeOf(url.pathname.slice("/api/v1".length));
  const route = await ROUTES[template]!();
  const handler = route[method] as ((r: Request, c?: { params: Promise<Record<string, string>> }) => Promise<Response>) | undefined;
  if (!handler) return { status: 405, headers: new Headers(), body: null };
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["content-type"] ??= "application/json";
  }
  // As Next does: a route without a dynamic segment gets no params at all.
  const response = await handler(new Request(url, { method, headers, body }), id ? { params: Promise.resolve({ id }) } : undefined);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : null };
}

/** A workspace with one member per role, and a way to make its tokens as its admin, through the app's procedures. */
export async function teamWithTokens(db: Db) {
  const team = await makeTeam(db);
  const makeToken = async (scope: ApiTokenScope, expiresInDays = 30, name = `Token ${scope}`) =>
    await team.as.admin.apiToken.create({ workspaceId: team.workspaceId, name, scope, expiresInDays });
  return { ...team, makeToken, adminCaller: callerFor(db, team.members.admin.id) };
}

/**
 * A hash of every app table except the two every API call writes by design
 * (its token's rate-limit counter and last use): equal digests mean the call
 * changed no data.
 */
export async function dataDigest(db: Db): Promise<string> {
  const hash = createHash("sha256");
  for (const name of TABLE_NAMES) {
    if (name === "rateLimits" || name === "apiTokens") continue;
    const table = schema[name];
    hash.update(getTableName(table));
    for (const row of (await db.select().from(table)).map((r) => JSON.stringify(r)).sort()) hash.update(row);
  }
  return hash.digest("hex");
}
