import { clientIp } from "@/server/auth/client-ip";
import { currentUserId } from "@/server/auth/session";
import { downloadResponse } from "@/server/http/downloads";

export const dynamic = "force-dynamic";
// Chromium and the file system: the Node.js runtime, never the edge.
export const runtime = "nodejs";

/** Downloads: scorecard.csv, initiatives.csv, moments.csv, the two templates, workspace.json and scorecard.pdf. */
export async function GET(req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return downloadResponse({ userId: await currentUserId(), file, url: new URL(req.url), ip: clientIp(req.headers) });
}
