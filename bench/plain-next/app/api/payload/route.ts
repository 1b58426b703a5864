import type { Db } from "@/db/client";
import { comparisonPayload, openForReading } from "../../../../comparison-payload";

export const dynamic = "force-dynamic";

let db: Db | undefined;

/** The "plain Next route handler" of bench/http.ts: the payload, no session, no tRPC. */
export async function GET(req: Request) {
  const file = process.env.BENCH_DATABASE;
  if (!file) return new Response("BENCH_DATABASE is not set", { status: 500 });
  db ??= openForReading(file);
  const url = new URL(req.url);
  const payload = await comparisonPayload(db, url.searchParams.get("what") ?? "", url.searchParams.get("workspaceId") ?? "");
  return payload === null ? new Response("Not found", { status: 404 }) : Response.json(payload);
}
