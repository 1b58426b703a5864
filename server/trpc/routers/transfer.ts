import { csvTemplate, importCsv, previewCsv } from "@/server/domain/transfer/csv-import";
import { exportCsv } from "@/server/domain/transfer/csv-export";
import { reportData } from "@/server/domain/transfer/report";
import {
  exportCsvInput,
  importCsvInput,
  importWorkspaceInput,
  previewCsvInput,
  templateInput,
} from "@/server/domain/transfer/schemas";
import { exportWorkspace, workspaceFileText } from "@/server/domain/transfer/workspace-export";
import { importWorkspace } from "@/server/domain/transfer/workspace-import";
import { authedProcedure, router, workspaceProcedure } from "../init";

export const transferRouter = router({
  template: workspaceProcedure.input(templateInput).query(({ input }) => csvTemplate(input.kind)),
  // A mutation although it writes nothing: the file travels in a POST body, never in a URL.
  previewCsv: workspaceProcedure
    .meta({ action: "data.import" })
    .input(previewCsvInput).mutation(({ ctx, input }) => previewCsv(ctx, input)),
  importCsv: workspaceProcedure
    .meta({ action: "data.import" })
    .input(importCsvInput).mutation(({ ctx, input }) => importCsv(ctx, input)),
  exportCsv: workspaceProcedure
    .meta({ action: "data.export" })
    .input(exportCsvInput).query(({ ctx, input }) => exportCsv(ctx, input)),
  exportWorkspace: workspaceProcedure.meta({ action: "data.export" }).query(({ ctx }) => exportWorkspace(ctx)),
  /** The same file as text, ready to download (built in the worker for a large workspace). */
  workspaceFile: workspaceProcedure.meta({ action: "data.export" }).query(({ ctx }) => workspaceFileText(ctx)),
  report: workspaceProcedure.meta({ action: "data.export" }).query(({ ctx }) => reportData(ctx)),
  // Creates a new workspace owned by the caller, like workspace.create: any signed-in user may.
  importWorkspace: authedProcedure.input(importWorkspaceInput).mutation(({ ctx, input }) => importWorkspace(ctx, input)),
});
