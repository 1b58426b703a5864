"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { mayDeleteComment } from "@/server/domain/comment/rules";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Card, Skeleton } from "../ui/card";
import { TextAreaField } from "../ui/field";
import { formatDateTime } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";

/** The conversation about a canvas or an initiative, oldest first. */
export function CommentsPanel({ entityType, entityId }: { entityType: "canvas" | "initiative"; entityId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const canWrite = ws.canCall("comment.create");
  const input = { workspaceId: ws.id, entityType, entityId, limit: 200 };
  const list = useQuery(trpc.comment.list.queryOptions(input));
  const [body, setBody] = useState("");
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.comment.list.queryKey(input) });
  const create = useMutation(
    trpc.comment.create.mutationOptions({
      onSuccess: () => {
        setBody("");
        void refresh();
      },
    }),
  );
  const remove = useMutation(trpc.comment.delete.mutationOptions({ onSettled: () => void refresh() }));

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!body.trim()) return;
    create.mutate({ workspaceId: ws.id, entityType, entityId, body });
  }

  const items = list.data?.items ?? [];
  return (
    <Card className="p-4">
      <h2 className="font-semibold text-slate-900">
        Comments <span className="font-normal text-slate-600">({list.data?.total ?? 0})</span>
      </h2>
      {list.isPending ? <Skeleton className="mt-3 h-16" /> : null}
      {list.error ? <Alert>{readTrpcError(list.error).message}</Alert> : null}
      {list.data && items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          No comments yet. Ask a question or note a decision here, so it stays with the {entityType}.
        </p>
      ) : null}
      <ul className="mt-3 space-y-3">
        {items.map((c) => (
          <li key={c.id} className="rounded-md bg-slate-50 px-3 py-2 text-sm">
            <div className="flex items-baseline justify-between gap-2">
              <p className="text-xs text-slate-600">
                <span className="font-medium text-slate-900">{c.authorName ?? "Former member"}</span> · {formatDateTime(c.createdAt)}
              </p>
              {ws.canCall("comment.delete") && mayDeleteComment(ws, c.authorId) ? (
                <button
                  type="button"
                  className="text-xs text-slate-600 hover:text-red-700 hover:underline"
                  onClick={() => remove.mutate({ workspaceId: ws.id, id: c.id })}
                  aria-label={`Delete comment by ${c.authorName ?? "former member"} from ${formatDateTime(c.createdAt)}`}
                >
                  Delete
                </button>
              ) : null}
            </div>
            <p className="mt-1 whitespace-pre-wrap text-slate-800">{c.body}</p>
          </li>
        ))}
      </ul>
      {remove.error ? <Alert>{readTrpcError(remove.error).message}</Alert> : null}
      {canWrite ? (
        <form onSubmit={submit} className="mt-4 space-y-2" aria-label="Add a comment">
          <TextAreaField
            label="Add a comment"
            rows={2}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            limit={10_000}
            error={readTrpcError(create.error).fieldErrors.body ?? (create.error ? readTrpcError(create.error).message : null)}
          />
          <div className="flex justify-end">
            <Button type="submit" size="sm" busy={create.isPending} disabled={!body.trim()}>
              Comment
            </Button>
          </div>
        </form>
      ) : null}
    </Card>
  );
}
