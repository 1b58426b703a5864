import { openApiDocument } from "@/server/api/openapi";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The API's OpenAPI 3.1 document: public, like any API reference; it holds no workspace data. */
export function GET() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "no-cache" } });
}
