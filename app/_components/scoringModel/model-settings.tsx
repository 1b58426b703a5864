"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Alert, Skeleton } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import { HistoryList } from "./history-list";

// The editor checks drafts with the server's zod schema; zod alone is ~34 KB gzipped, more than the rest of the
// page. It loads beside the model query (started on mount), so it is there when the data is, not in the first load.
const loadEditor = () => import("./model-editor").then((m) => m.ModelEditor);
const ModelEditor = dynamic(loadEditor, { loading: () => <Skeleton className="h-96" /> });

/** Settings → Scoring model: the current model, a draft with a live preview, saving as a new version, the history. */
export function ModelSettings() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const model = useQuery(trpc.scoringModel.get.queryOptions({ workspaceId: ws.id }));
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  useEffect(() => {
    void loadEditor();
  }, []);
  return (
    <div className="space-y-6">
      {model.isPending ? <Skeleton className="h-96" /> : null}
      {model.error ? <Alert>The scoring model could not be loaded: {readTrpcError(model.error).message} Reload the page.</Alert> : null}
      {model.data ? (
        <ModelEditor key={model.data.number} model={model.data} justSaved={savedVersion === model.data.number} onSaved={setSavedVersion} />
      ) : null}
      <HistoryList />
    </div>
  );
}
