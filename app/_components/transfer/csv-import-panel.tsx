"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { useId, useRef, useState } from "react";
import { MAX_CSV_BYTES } from "@/server/domain/transfer/limits";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Card } from "../ui/card";
import { SelectField } from "../ui/field";
import { useWorkspace } from "../workspace/workspace-context";
import { DownloadButton } from "./download-button";
import { ImportErrors } from "./import-errors";
import { MappingTable } from "./mapping-table";
import { PreviewTable } from "./preview-table";
import { readTextFile } from "./read-file";
import type { ColumnMapping, CsvImportResult, CsvKind, CsvPreview } from "./types";

const KINDS: { value: CsvKind; label: string; page: string }[] = [
  { value: "initiatives", label: "Initiatives", page: "initiatives" },
  { value: "moments", label: "Moments of truth", page: "canvases" },
];

/**
 * Choose a file → see its columns and first rows → say which column holds
 * which field → import. The import is all or nothing: a file with any bad row
 * imports nothing and lists every bad row, to fix and try again.
 */
export function CsvImportPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [kind, setKind] = useState<CsvKind>("initiatives");
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [canvasId, setCanvasId] = useState("");
  const [result, setResult] = useState<CsvImportResult | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const canvases = useQuery({ ...trpc.canvas.list.queryOptions({ workspaceId: ws.id, limit: 500 }), enabled: kind === "moments" });
  const previewCsv = useMutation(trpc.transfer.previewCsv.mutationOptions());
  const importCsv = useMutation(
    trpc.transfer.importCsv.mutationOptions({
      onSuccess: (r) => {
        setResult(r);
        if (r.ok) {
          void queryClient.invalidateQueries({ queryKey: trpc.initiative.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.moment.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.scorecard.pathKey() });
        }
      },
    }),
  );

  function reset(nextKind = kind) {
    setKind(nextKind);
    setCsv(null);
    setFileName("");
    setFileError(null);
    setPreview(null);
    setResult(null);
    previewCsv.reset();
    importCsv.reset();
    if (fileInput.current) fileInput.current.value = "";
  }

  async function choose(file: File | undefined) {
    setResult(null);
    setPreview(null);
    importCsv.reset();
    if (!file) return;
    setFileName(file.name);
    const read = await readTextFile(file, MAX_CSV_BYTES, "a CSV file");
    if ("error" in read) {
      setFileError(read.error);
      setCsv(null);
      return;
    }
    setFileError(null);
    setCsv(read.text);
    previewCsv.mutate(
      { workspaceId: ws.id, kind, csv: read.text },
      {
        onSuccess: (p) => {
          setPreview(p);
          setMapping(p.suggestedMapping);
        },
      },
    );
  }

  if (!ws.canCall("transfer.importCsv")) {
    return (
      <Card className="p-5">
        <h2 className="font-semibold text-slate-900">Import from CSV</h2>
        <p className="mt-1 text-sm text-slate-600">
          Only a workspace admin can import. Ask one, or download a template to prepare the file.
        </p>
      </Card>
    );
  }

  const missingRequired = preview?.fields.filter((f) => f.required && (mapping[f.key] ?? null) === null) ?? [];
  const kindInfo = KINDS.find((k) => k.value === kind)!;

  return (
    <Card className="space-y-4 p-5">
      <div>
        <h2 className="font-semibold text-slate-900">Import from CSV</h2>
        <p className="mt-1 text-sm text-slate-600">
          Up to 5 MB and 10,000 rows. Every row is checked first; if any row is wrong, nothing is imported and you see every problem with
          its line number.
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <SelectField label="What to import" value={kind} onChange={(e) => reset(e.target.value as CsvKind)} className="w-56">
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </SelectField>
        <DownloadButton
          href={`/api/export/${kind}-template.csv?workspace=${encodeURIComponent(ws.id)}`}
          fallbackName={`${kind}-template.csv`}
          onError={setDownloadError}
        >
          Download the {kind === "initiatives" ? "initiatives" : "moments"} template
        </DownloadButton>
      </div>
      {downloadError ? <Alert>{downloadError}</Alert> : null}

      <div className="space-y-1">
        <label htmlFor={fileId} className="block text-sm font-medium text-slate-800">
          CSV file
        </label>
        <input
          ref={fileInput}
          id={fileId}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void choose(e.target.files?.[0])}
          className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-slate-200"
        />
        <p className="text-xs text-slate-500">
          Comma, semicolon or tab separated, with a header row. Effects: “Moment name:+2; Other moment:-1”.
        </p>
      </div>
      {fileError ? <Alert>{fileError}</Alert> : null}
      {previewCsv.error ? <Alert>{readTrpcError(previewCsv.error).message}</Alert> : null}
      {previewCsv.isPending ? <p className="text-sm text-slate-600">Reading {fileName}…</p> : null}

      {preview && csv ? (
        <div className="space-y-4" data-testid="csv-preview">
          <p className="text-sm text-slate-700">
            <strong>{fileName}</strong>: {preview.totalRows.toLocaleString("en")} {preview.totalRows === 1 ? "row" : "rows"},{" "}
            {preview.columns.length} columns ({preview.delimiter === "\t" ? "tab" : `“${preview.delimiter}”`} separated). The first rows:
          </p>
          <PreviewTable preview={preview} />
          <div>
            <h3 className="mb-2 text-sm font-semibold text-slate-900">Match the columns</h3>
            <MappingTable preview={preview} mapping={mapping} onChange={setMapping} />
          </div>
          {kind === "moments" ? (
            <SelectField
              label="Canvas for rows without one"
              hint="Rows whose canvas column is empty (or all rows, when the file has no canvas column) go to this canvas."
              value={canvasId}
              onChange={(e) => setCanvasId(e.target.value)}
              className="max-w-md"
            >
              <option value="">— use the canvas column —</option>
              {canvases.data?.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title} ({c.categoryName})
                </option>
              ))}
            </SelectField>
          ) : null}
          {missingRequired.length > 0 ? (
            <Alert tone="warning">Choose the column for {missingRequired.map((f) => `“${f.label}”`).join(", ")}: required.</Alert>
          ) : null}
          <div className="flex gap-2">
            <Button
              busy={importCsv.isPending}
              disabled={missingRequired.length > 0}
              onClick={() =>
                importCsv.mutate({ workspaceId: ws.id, kind, csv, mapping, ...(kind === "moments" && canvasId ? { canvasId } : {}) })
              }
            >
              Import {preview.totalRows.toLocaleString("en")} {preview.totalRows === 1 ? "row" : "rows"}
            </Button>
            <Button variant="ghost" onClick={() => reset()}>
              Start again
            </Button>
          </div>
        </div>
      ) : null}

      {importCsv.error ? <Alert>{readTrpcError(importCsv.error).message}</Alert> : null}
      {result && !result.ok ? <ImportErrors result={result} /> : null}
      {result?.ok ? (
        <Alert tone="success">
          Imported {result.created} {result.kind === "initiatives" ? "initiatives" : "moments of truth"}.{" "}
          <Link href={`/w/${ws.slug}/${kindInfo.page}`} className="font-medium underline">
            See them
          </Link>
        </Alert>
      ) : null}
    </Card>
  );
}
