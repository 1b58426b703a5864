import type { RouterOutputs } from "../trpc/types";

export type CsvPreview = RouterOutputs["transfer"]["previewCsv"];
export type CsvImportResult = RouterOutputs["transfer"]["importCsv"];
export type CsvKind = CsvPreview["kind"];
export type ColumnMapping = Record<string, number | null>;
