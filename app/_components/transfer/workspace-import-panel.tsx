"use client";

import { useMutation } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { MAX_WORKSPACE_FILE_BYTES } from "@/server/domain/transfer/limits";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Card } from "../ui/card";
import { TextField } from "../ui/field";
import { readTextFile } from "./read-file";

/** A workspace file becomes a NEW workspace with you as its admin; nothing here changes. */
export function WorkspaceImportPanel() {
  const trpc = useTRPC();
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [name, setName] = useState("");
  const router = useRouter();
  // The workspace switcher's list is rendered by the server layout: refresh it so the new workspace shows at once.
  const importWorkspace = useMutation(trpc.transfer.importWorkspace.mutationOptions({ onSuccess: () => router.refresh() }));
  const result = importWorkspace.data;

  async function choose(chosen: File | undefined) {
    importWorkspace.reset();
    setFile(null);
    if (!chosen) return;
    const read = await readTextFile(chosen, MAX_WORKSPACE_FILE_BYTES, "a workspace file");
    if ("error" in read) {
      setFileError(read.error);
      return;
    }
    setFileError(null);
    setFile({ name: chosen.name, text: read.text });
  }

  return (
    <Card className="space-y-4 p-5">
      <div>
        <h2 className="font-semibold text-slate-900">Import a workspace (JSON)</h2>
        <p className="mt-1 text-sm text-slate-600">
          A file from “Whole workspace (JSON)” becomes a new workspace with you as its admin. This workspace is not changed. People in the
          file are not added: invite them afterwards.
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={fileId} className="block text-sm font-medium text-slate-800">
            Workspace file
          </label>
          <input
            id={fileId}
            type="file"
            accept=".json,application/json"
            onChange={(e) => void choose(e.target.files?.[0])}
            className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-slate-200"
          />
        </div>
        <TextField
          label="Name of the new workspace"
          hint="Empty: the name in the file, with “(imported)”."
          value={name}
          limit={100}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      {fileError ? <Alert>{fileError}</Alert> : null}
      <Button
        disabled={!file}
        busy={importWorkspace.isPending}
        onClick={() => file && importWorkspace.mutate({ file: file.text, ...(name.trim() ? { name: name.trim() } : {}) })}
      >
        Create workspace from file
      </Button>
      {importWorkspace.error ? <Alert>{readTrpcError(importWorkspace.error).message}</Alert> : null}
      {result ? (
        <Alert tone="success">
          Created{" "}
          <Link href={`/w/${result.workspace.slug}`} className="font-medium underline">
            {result.workspace.name}
          </Link>{" "}
          with {result.counts.initiatives} initiatives, {result.counts.moments} moments of truth and {result.counts.canvases} canvases.
          {result.membersNotAdded.length > 0
            ? ` Not added (invite them from Settings → Members): ${result.membersNotAdded.map((m) => `${m.email} (${m.role})`).join(", ")}.`
            : null}
        </Alert>
      ) : null}
    </Card>
  );
}
