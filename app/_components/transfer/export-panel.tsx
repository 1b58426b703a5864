"use client";

import { useState } from "react";
import { Alert, Card } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import { DownloadButton } from "./download-button";

const EXPORTS = [
  { file: "scorecard.csv", label: "Scorecard (CSV)", text: "Every column of the scorecard and the breakdown behind each number." },
  {
    file: "scorecard.pdf",
    label: "Executive scorecard (PDF)",
    text: "Headline figures, top initiatives, roadmap and plan vs realised on 1–3 pages.",
  },
  { file: "initiatives.csv", label: "Initiatives (CSV)", text: "In the import template's columns, so it imports back." },
  { file: "moments.csv", label: "Moments of truth (CSV)", text: "With their canvas and the hot-spot figures." },
  { file: "workspace.json", label: "Whole workspace (JSON)", text: "Everything, to keep or to import as a new workspace." },
] as const;

/** Downloads of the workspace's data; every member may export (data.export). */
export function ExportPanel() {
  const ws = useWorkspace();
  const [error, setError] = useState<string | null>(null);
  return (
    <Card className="p-5">
      <h2 className="font-semibold text-slate-900">Export</h2>
      <p className="mt-1 text-sm text-slate-600">
        CSV files open in any spreadsheet (UTF-8; text that could run as a formula starts with an apostrophe).
      </p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {EXPORTS.map((e) => (
          <li key={e.file} className="flex flex-col items-start gap-1 rounded-md p-3 ring-1 ring-inset ring-slate-200">
            <DownloadButton href={`/api/export/${e.file}?workspace=${encodeURIComponent(ws.id)}`} fallbackName={e.file} onError={setError}>
              {e.label}
            </DownloadButton>
            <span className="text-xs text-slate-600">{e.text}</span>
          </li>
        ))}
      </ul>
      {error ? (
        <div className="mt-3">
          <Alert>{error}</Alert>
        </div>
      ) : null}
    </Card>
  );
}
