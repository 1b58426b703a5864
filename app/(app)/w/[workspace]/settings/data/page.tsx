import type { Metadata } from "next";
import { CsvImportPanel } from "@/app/_components/transfer/csv-import-panel";
import { ExportPanel } from "@/app/_components/transfer/export-panel";
import { WorkspaceImportPanel } from "@/app/_components/transfer/workspace-import-panel";
import { PageHeader } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Import and export" };

export default function DataPage() {
  return (
    <>
      <PageHeader
        title="Import and export"
        description="Bring initiatives and moments of truth in from spreadsheets; take the scorecard, the data or the whole workspace out. Nothing here traps your data."
      />
      <div className="space-y-6">
        <ExportPanel />
        <CsvImportPanel />
        <WorkspaceImportPanel />
      </div>
    </>
  );
}
