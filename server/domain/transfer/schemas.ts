import { z } from "zod";
import { idSchema, requiredText, TEXT_MAX } from "../shared/inputs";
import { CSV_KINDS } from "./csv-fields";
import { MAX_CSV_BYTES, MAX_WORKSPACE_FILE_BYTES } from "./limits";

export const csvKindSchema = z.enum(CSV_KINDS, { message: `Choose one of: ${CSV_KINDS.join(", ")}` });

/**
 * The text of the file. Length in characters is checked here (a string longer
 * than 5 M characters is certainly over 5 MB); the exact byte limit is checked
 * by the parser, with a message that says how big the file is.
 */
const csvText = z
  .string({ message: "Send the CSV file's text" })
  .min(1, "The file is empty")
  .max(2 * MAX_CSV_BYTES, "The file is larger than 5 MB; split it into smaller files");

const mappingSchema = z
  .record(z.string().min(1).max(50), z.number().int().min(0).max(1_000).nullable())
  .refine((m) => Object.keys(m).length <= 50, "At most 50 mapped fields");

export const templateInput = z.object({ kind: csvKindSchema });

export const previewCsvInput = z.object({ kind: csvKindSchema, csv: csvText });
export type PreviewCsvInput = z.infer<typeof previewCsvInput>;

export const importCsvInput = z.object({
  kind: csvKindSchema,
  csv: csvText,
  /** Field key → column index; when left out, the suggested mapping is used. */
  mapping: mappingSchema.optional(),
  /** Moments only: the canvas for rows without a canvas column (or with an empty cell in it). */
  canvasId: idSchema.optional(),
});
export type ImportCsvInput = z.infer<typeof importCsvInput>;

export const EXPORT_KINDS = ["scorecard", "initiatives", "moments"] as const;
export const exportCsvInput = z.object({ kind: z.enum(EXPORT_KINDS, { message: `Choose one of: ${EXPORT_KINDS.join(", ")}` }) });
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const importWorkspaceInput = z.object({
  file: z
    .string({ message: "Send the workspace file's text" })
    .min(1, "The file is empty")
    .max(MAX_WORKSPACE_FILE_BYTES, "The file is larger than 50 MB"),
  /** The new workspace's name; defaults to the exported name with "(imported)". */
  name: requiredText("Workspace name", TEXT_MAX.name, "Give the workspace a name").optional(),
});
export type ImportWorkspaceInput = z.infer<typeof importWorkspaceInput>;
