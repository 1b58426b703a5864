import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { getDb, type Db } from "@/db/client";
import { logger } from "@/server/log";
import { createContext } from "@/server/trpc/context";
import { domainCause, toTRPCError } from "@/server/trpc/errors";
import { createCaller } from "@/server/trpc/root";
import { downloadName } from "@/server/domain/transfer/workspace-row";
import { htmlToPdf } from "@/server/domain/transfer/pdf";
import { renderReportHtml } from "@/server/domain/transfer/report-html";

const CSV = "text/csv; charset=utf-8";

type Download = { body: string | Uint8Array; type: string; filename: string };
type Caller = ReturnType<typeof createCaller>;

/** The files under /api/export/: each is one tRPC call, so membership and permission are checked exactly as for the API. */
const FILES: Record<string, (api: Caller, workspaceId: string) => Promise<Download>> = {
  "scorecard.csv": async (api, workspaceId) => csv(await api.transfer.exportCsv({ workspaceId, kind: "scorecard" })),
  "initiatives.csv": async (api, workspaceId) => csv(await api.transfer.exportCsv({ workspaceId, kind: "initiatives" })),
  "moments.csv": async (api, workspaceId) => csv(await api.transfer.exportCsv({ workspaceId, kind: "moments" })),
  "initiatives-template.csv": async (api, workspaceId) => csv(await api.transfer.template({ workspaceId, kind: "initiatives" })),
  "moments-template.csv": async (api, workspaceId) => csv(await api.transfer.template({ workspaceId, kind: "moments" })),
  "workspace.json": async (api, workspaceId) => {
    const file = await api.transfer.workspaceFile({ workspaceId });
    return { body: file.content, type: "application/json; charset=utf-8", filename: file.filename };
  },
  "scorecard.pdf": async (api, workspaceId) => {
    const [data, ws] = await Promise.all([api.transfer.report({ workspaceId }), api.workspace.get({ workspaceId })]);
    const pdf = await htmlToPdf(renderReportHtml(data), workspaceId);
    return { body: new Uint8Array(pdf), type: "application/pdf", filename: downloadName(ws.slug, "scorecard", "pdf") };
  },
};

function csv(file: { filename: string; content: string }): Download {
  return { body: file.content, type: CSV, filename: file.filename };
}

function plain(status: number, message: string, retryAfterSeconds?: number): Response {
  const headers: Record<string, string> = {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  };
  if (status === 429 && retryAfterSeconds) headers["retry-after"] = String(Math.ceil(retryAfterSeconds));
  return new Response(message, { status, headers });
}

/**
 * Answers GET /api/export/<file>?workspace=<id> for the signed-in user. The
 * session is the only credential: a share link's token opens nothing here.
 * Errors answer the tRPC code's HTTP status with the same readable message.
 */
export async function downloadResponse(opts: { db?: Db; userId: string | null; file: string; url: URL; ip?: string }): Promise<Response> {
  const make = FILES[opts.file];
  if (!make) return plain(404, "No such download.");
  if (!opts.userId) return plain(401, "Please sign in.");
  const workspaceId = opts.url.searchParams.get("workspace");
  if (!workspaceId) return plain(400, "Say which workspace: ?workspace=<id>.");
  const api = createCaller(createContext({ db: opts.db ?? (await getDb()), userId: opts.userId, ip: opts.ip }));
  try {
    const file = await make(api, workspaceId);
    return new Response(file.body as BodyInit, {
      status: 200,
      headers: {
        "content-type": file.type,
        "content-disposition": `attachment; filename="${file.filename.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    const mapped = toTRPCError(error);
    if (mapped && mapped.code !== "INTERNAL_SERVER_ERROR") {
      return plain(getHTTPStatusCodeFromError(mapped), mapped.message, domainCause(mapped)?.retryAfterSeconds);
    }
    logger.error({ err: error, file: opts.file }, "download failed");
    return plain(500, "Something went wrong on our side. Please try again; if it keeps happening, tell your admin.");
  }
}
