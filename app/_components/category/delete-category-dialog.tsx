"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CategoryItem } from "../trpc/types";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { Dialog } from "../ui/dialog";
import { useWorkspace } from "../workspace/workspace-context";

function needsConfirm(error: unknown) {
  const { conflict } = readTrpcError(error);
  return conflict && "needsConfirm" in conflict ? conflict : null;
}

/**
 * Deleting asks the API first without confirming: when canvases would go too,
 * the API refuses with a message that says what; only then do we offer the
 * second, explicit button.
 */
export function DeleteCategoryDialog({ category, onClose }: { category: CategoryItem | null; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const remove = useMutation(
    trpc.category.delete.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.category.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.canvas.list.queryKey() });
        close();
      },
    }),
  );
  const pending = needsConfirm(remove.error);

  function close() {
    remove.reset();
    onClose();
  }

  if (!category) return null;
  const count = pending?.canvases ?? category.canvasesCount;
  return (
    <Dialog open={!!category} onClose={close} title={`Delete “${category.name}”?`}>
      <div className="space-y-4 text-sm text-slate-700">
        {pending ? (
          <Alert tone="warning">{readTrpcError(remove.error).message}</Alert>
        ) : (
          <p>The category goes from every list. Initiatives stay, but lose their links to this category&apos;s moments of truth.</p>
        )}
        {remove.error && !pending ? <Alert>{readTrpcError(remove.error).message}</Alert> : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={close}>
            Keep it
          </Button>
          {pending ? (
            <Button
              variant="danger"
              busy={remove.isPending}
              onClick={() => remove.mutate({ workspaceId: ws.id, id: category.id, confirm: true })}
            >
              Delete with {count} {count === 1 ? "canvas" : "canvases"}
            </Button>
          ) : (
            <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate({ workspaceId: ws.id, id: category.id })}>
              Delete category
            </Button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
