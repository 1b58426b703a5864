import { appBenchPayload, benchRoutesEnabled } from "@/server/bench/comparator";

export const dynamic = "force-dynamic";

/** The "plain Next route handler" of bench/http.ts; 404 unless BENCH_ROUTES=1. */
export function GET(req: Request) {
  if (!benchRoutesEnabled()) return new Response("Not found", { status: 404 });
  const url = new URL(req.url);
  const payload = appBenchPayload(url.searchParams.get("what") ?? "", url.searchParams.get("workspaceId") ?? "");
  return payload === null ? new Response("Not found", { status: 404 }) : Response.json(payload);
}
