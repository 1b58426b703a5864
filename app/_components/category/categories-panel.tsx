"use client";

import { useQuery } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { useState } from "react";
import type { CategoryItem } from "../trpc/types";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Card, EmptyState, PageHeader, Skeleton } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import { CategoryFormDialog, type SavedCategory } from "./category-form-dialog";
import { CategoryRow } from "./category-row";
import { DeleteCategoryDialog } from "./delete-category-dialog";
import { NeedBasedExplainer } from "./need-based-explainer";

export function CategoriesPanel() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const canEdit = ws.canCall("category.update");
  const list = useQuery(trpc.category.list.queryOptions({ workspaceId: ws.id, limit: 500 }));
  const [editing, setEditing] = useState<CategoryItem | "new" | null>(null);
  const [deleting, setDeleting] = useState<CategoryItem | null>(null);
  const [saved, setSaved] = useState<SavedCategory | null>(null);
  const items = list.data?.items ?? [];

  const newButton = canEdit ? <Button onClick={() => setEditing("new")}>New category</Button> : null;

  return (
    <>
      <PageHeader
        title="Categories"
        description="Need-based customer categories: customers grouped by what they need, not by who they are. Each one gets a Successful Customer Outcome canvas."
        actions={items.length ? newButton : null}
      />
      {saved ? (
        <div className="mb-4 space-y-2" data-testid="category-saved">
          {saved.warnings.length ? (
            <Alert tone="warning">
              <p className="font-medium">“{saved.name}” is saved, but it reads like a segment by circumstance:</p>
              <ul className="mt-1 list-disc pl-5">
                {saved.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </Alert>
          ) : (
            <Alert tone="success">
              “{saved.name}” is saved.{" "}
              {saved.canvasId ? (
                <Link href={`/w/${ws.slug}/canvases/${saved.canvasId}`} className="font-medium underline">
                  Fill in its canvas
                </Link>
              ) : null}
            </Alert>
          )}
          {saved.warnings.length && saved.canvasId ? (
            <p className="text-sm">
              <Link href={`/w/${ws.slug}/canvases/${saved.canvasId}`} className="font-medium text-brand-700 underline">
                Fill in its canvas
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {list.error ? <Alert>{readTrpcError(list.error).message} Reload the page to try again.</Alert> : null}
      {list.isPending ? (
        <Card className="space-y-3 p-4" aria-busy>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-12 w-full" />
          ))}
        </Card>
      ) : null}
      {list.data && items.length === 0 ? (
        <div className="space-y-6">
          <EmptyState title="No customer categories yet" action={newButton}>
            <p>
              Start with the two or three groups of customers whose needs differ most. For each, write the need in their words; give it a
              weight if it matters more to the business. Then fill its canvas: the outcome they want and the moments of truth where you win
              or lose it.
            </p>
            {!canEdit ? <p className="mt-2">Your role can read categories; an editor or admin creates them.</p> : null}
          </EmptyState>
          <NeedBasedExplainer />
        </div>
      ) : null}
      {items.length ? (
        <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
          <Card className="relative overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Customer categories</caption>
              <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Category and need
                  </th>
                  <th scope="col" className="hidden px-4 py-2 text-right font-medium sm:table-cell">
                    Weight
                  </th>
                  <th scope="col" className="hidden px-4 py-2 text-right font-medium sm:table-cell">
                    Size
                  </th>
                  <th scope="col" className="hidden px-4 py-2 text-right font-medium sm:table-cell">
                    Canvases
                  </th>
                  {canEdit ? (
                    <th scope="col" className="px-4 py-2">
                      <span className="sr-only">Actions</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {items.map((c) => (
                  <CategoryRow key={c.id} category={c} canEdit={canEdit} onEdit={() => setEditing(c)} onDelete={() => setDeleting(c)} />
                ))}
              </tbody>
            </table>
          </Card>
          <NeedBasedExplainer compact />
        </div>
      ) : null}
      <CategoryFormDialog
        open={editing !== null}
        category={editing === "new" || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
        onSaved={(s) => {
          setSaved(s);
          setEditing(null);
        }}
      />
      <DeleteCategoryDialog category={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
