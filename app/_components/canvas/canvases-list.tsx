"use client";

import { useQuery } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { useState } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Badge, Card, EmptyState, PageHeader, Skeleton } from "../ui/card";
import { formatDateTime } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { CreateCanvasDialog } from "./create-canvas-dialog";
import type { CanvasItem } from "../trpc/types";

/** Every canvas, under its category; categories without one invite the first. */
export function CanvasesList() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const canCreate = ws.canCall("canvas.create");
  const categories = useQuery(trpc.category.list.queryOptions({ workspaceId: ws.id, limit: 500 }));
  const canvases = useQuery(trpc.canvas.list.queryOptions({ workspaceId: ws.id, limit: 500 }));
  const [creating, setCreating] = useState<{ categoryId?: string } | null>(null);
  const error = categories.error ?? canvases.error;
  const pending = categories.isPending || canvases.isPending;
  const cats = categories.data?.items ?? [];
  const byCategory = new Map<string, CanvasItem[]>();
  for (const c of canvases.data?.items ?? []) byCategory.set(c.categoryId, [...(byCategory.get(c.categoryId) ?? []), c]);

  return (
    <>
      <PageHeader
        title="Canvases"
        description="Successful Customer Outcome canvases: what success looks like to the customer, the moments of truth that make or break it, and the measures that show it."
        actions={canCreate && cats.length ? <Button onClick={() => setCreating({})}>New canvas</Button> : null}
      />
      {error ? <Alert>{readTrpcError(error).message} Reload the page to try again.</Alert> : null}
      {pending ? (
        <div className="grid gap-4 lg:grid-cols-2" aria-busy>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-32" />
          ))}
        </div>
      ) : null}
      {!pending && !error && cats.length === 0 ? (
        <EmptyState
          title="Canvases start from a customer category"
          action={
            <Link
              href={`/w/${ws.slug}/categories`}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              Go to categories
            </Link>
          }
        >
          A canvas describes one need-based category&apos;s Successful Customer Outcome: the result they want, in their words, and the
          moments of truth where you win or lose it. Create a category first.
        </EmptyState>
      ) : null}
      <div className="space-y-8">
        {cats.map((cat) => {
          const list = byCategory.get(cat.id) ?? [];
          return (
            <section key={cat.id} id={`category-${cat.id}`} aria-labelledby={`cat-h-${cat.id}`} className="scroll-mt-6">
              <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                <div className="min-w-0">
                  <h2 id={`cat-h-${cat.id}`} className="text-lg font-semibold text-slate-900">
                    {cat.name}
                  </h2>
                  <p className="line-clamp-1 text-sm text-slate-600">{cat.need}</p>
                </div>
                {canCreate ? (
                  <Button
                    variant="secondary"
                    size="sm"
                    onClick={() => setCreating({ categoryId: cat.id })}
                    aria-label={`New canvas for ${cat.name}`}
                  >
                    New canvas
                  </Button>
                ) : null}
              </div>
              {list.length === 0 ? (
                <p className="rounded-md border border-dashed border-slate-300 bg-white px-4 py-3 text-sm text-slate-600">
                  No canvas yet. {canCreate ? "Create one to write down what success looks like for these customers." : ""}
                </p>
              ) : (
                <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
                  {list.map((c) => (
                    <li key={c.id}>
                      <CanvasCard canvas={c} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <CreateCanvasDialog open={creating !== null} categoryId={creating?.categoryId} categories={cats} onClose={() => setCreating(null)} />
    </>
  );
}

function CanvasCard({ canvas: c }: { canvas: CanvasItem }) {
  const ws = useWorkspace();
  return (
    <Card className="relative flex h-full flex-col p-4 transition hover:ring-brand-500">
      <div className="flex items-start justify-between gap-2">
        <h3 className="font-semibold text-slate-900">
          <Link href={`/w/${ws.slug}/canvases/${c.id}`} className="after:absolute after:inset-0 hover:underline">
            {c.title}
          </Link>
        </h3>
        <Badge tone={c.status === "agreed" ? "green" : "slate"}>{c.status === "agreed" ? "Agreed" : "Draft"}</Badge>
      </div>
      <p className="mt-2 line-clamp-3 flex-1 text-sm italic text-slate-700">
        {c.outcomeStatement ? `“${c.outcomeStatement}”` : <span className="not-italic text-slate-500">No outcome statement yet.</span>}
      </p>
      <dl className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        <div>
          <dt className="inline">Moments: </dt>
          <dd className="inline font-medium text-slate-900">{c.momentsCount}</dd>
        </div>
        <div>
          <dt className="inline">Hot spots: </dt>
          <dd className={`inline font-medium ${c.hotSpotCount ? "text-red-700" : "text-slate-900"}`}>{c.hotSpotCount}</dd>
        </div>
        <div>
          <dt className="inline">Measures: </dt>
          <dd className="inline font-medium text-slate-900">{c.measuresCount}</dd>
        </div>
        <div>
          <dt className="inline">Updated: </dt>
          <dd className="inline">{formatDateTime(c.updatedAt)}</dd>
        </div>
      </dl>
    </Card>
  );
}
