import { referenceHtml } from "@/server/api/reference-html";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The API reference as a plain server-rendered page (no script, no outside resource). */
export function GET() {
  return new Response(referenceHtml(), { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" } });
}
