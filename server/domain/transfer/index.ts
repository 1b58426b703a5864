import { procedureTable } from "../shared/procedure";
import { exportCsv } from "./csv-export";
import { csvTemplate, importCsv, previewCsv } from "./csv-import";
import { transferPermissions } from "./permissions";
import { reportData } from "./report";
import { exportCsvInput, importCsvInput, importWorkspaceInput, previewCsvInput, templateInput } from "./schemas";
import { exportWorkspace, workspaceFileText } from "./workspace-export";
import { importWorkspace } from "./workspace-import";

// The download adapter (server/http/downloads.ts) calls the tRPC router, which is built from this table: it lives beside tRPC, not here.
export { csvTemplate, importCsv, previewCsv } from "./csv-import";
export { exportCsv } from "./csv-export";
export { downloadName } from "./workspace-row";
export { reportData, type ReportData } from "./report";
export * from "./schemas";
export { buildWorkspaceFile, exportWorkspace, workspaceFileText } from "./workspace-export";
export { importWorkspace, readWorkspaceFile } from "./workspace-import";
export { transferPermissions };

// Handlers return what the domain function returns (the workspace import may be asynchronous).
export const transferProcedures = procedureTable(transferPermissions, {
  template: (p) => p.query(templateInput, (_ctx, input) => csvTemplate(input.kind)),
  // A mutation although it writes nothing: the file travels in a POST body, never in a URL.
  previewCsv: (p) => p.mutation(previewCsvInput, (ctx, input) => previewCsv(ctx, input)),
  importCsv: (p) => p.mutation(importCsvInput, async (ctx, input) => await importCsv(ctx, input)),
  exportCsv: (p) => p.query(exportCsvInput, (ctx, input) => exportCsv(ctx, input)),
  exportWorkspace: (p) => p.query(async (ctx) => await exportWorkspace(ctx)),
  /** The same file as text, ready to download (built in the worker for a large workspace). */
  workspaceFile: (p) => p.query((ctx) => workspaceFileText(ctx)),
  report: (p) => p.query((ctx) => reportData(ctx)),
  importWorkspace: (p) => p.mutation(importWorkspaceInput, (ctx, input) => importWorkspace(ctx, input)),
});
