"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Card, Skeleton } from "../ui/card";
import { formatDateTime } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { describeChange } from "./describe-change";

const PAGE = 20;

/** Who changed what and when, newest first. */
export function AuditHistory({ entityType, entityId }: { entityType: string; entityId: string }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [limit, setLimit] = useState(PAGE);
  const list = useQuery(trpc.audit.list.queryOptions({ workspaceId: ws.id, entityType, entityId, limit }));
  const items = list.data?.items ?? [];
  return (
    <Card className="p-4">
      <h2 className="font-semibold text-slate-900">History</h2>
      {list.isPending ? <Skeleton className="mt-3 h-16" /> : null}
      {list.error ? <Alert>{readTrpcError(list.error).message}</Alert> : null}
      {list.data && items.length === 0 ? <p className="mt-2 text-sm text-slate-600">No changes recorded yet.</p> : null}
      <ol className="mt-3 space-y-2 text-sm">
        {items.map((a) => (
          <li key={a.id} className="border-l-2 border-slate-200 pl-3">
            <p className="text-xs text-slate-600">
              <span className="font-medium text-slate-900">{a.actorName ?? "Someone"}</span> · {formatDateTime(a.createdAt)}
            </p>
            <p className="text-slate-800">{describeChange(a.action, a.before, a.after)}</p>
          </li>
        ))}
      </ol>
      {list.data && list.data.total > items.length ? (
        <Button variant="ghost" size="sm" className="mt-2" onClick={() => setLimit((l) => Math.min(200, l + PAGE))}>
          Show older changes
        </Button>
      ) : null}
    </Card>
  );
}
