"use client";

import { useQuery } from "@tanstack/react-query";
import { Link } from "@/app/_components/ui/link";
import { PageSkeleton } from "../canvas/page-skeleton";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Alert, EmptyState } from "../ui/card";
import { useWorkspace } from "../workspace/workspace-context";
import { InitiativeWorkspace } from "./initiative-workspace";

export function InitiativeEditor({ initiativeId }: { initiativeId: string }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const initiative = useQuery({
    ...trpc.initiative.get.queryOptions({ workspaceId: ws.id, id: initiativeId }),
    refetchOnWindowFocus: false,
  });
  if (initiative.isPending) return <PageSkeleton label="the initiative" blocks={3} columns={2} />;
  if (initiative.error) {
    const notFound = readTrpcError(initiative.error).code === "NOT_FOUND";
    return notFound ? (
      <EmptyState
        title="This initiative does not exist"
        action={
          <Link href={`/w/${ws.slug}/initiatives`} className="font-medium text-brand-700 hover:underline">
            Back to the initiatives
          </Link>
        }
      >
        It may have been deleted, or the link is incomplete.
      </EmptyState>
    ) : (
      <Alert>{readTrpcError(initiative.error).message} Reload the page to try again.</Alert>
    );
  }
  return <InitiativeWorkspace key={initiative.data.id} initiative={initiative.data} />;
}
