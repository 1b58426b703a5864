import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;
export type CsvPreview = Outputs["transfer"]["previewCsv"];
export type CsvImportResult = Outputs["transfer"]["importCsv"];
export type CsvKind = CsvPreview["kind"];
export type ColumnMapping = Record<string, number | null>;
