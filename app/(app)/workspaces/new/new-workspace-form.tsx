"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useTRPC } from "@/app/_components/trpc/client";
import { readTrpcError } from "@/app/_components/trpc/read-trpc-error";
import { Button } from "@/app/_components/ui/button";
import { Alert } from "@/app/_components/ui/card";
import { TextField } from "@/app/_components/ui/field";
import { formText } from "@/app/_components/ui/form-text";

export function NewWorkspaceForm() {
  const trpc = useTRPC();
  const router = useRouter();
  // push, then refresh: the switcher's list comes from the server layout and must hold the new workspace.
  const create = useMutation(
    trpc.workspace.create.mutationOptions({
      onSuccess: (ws) => {
        router.push(`/w/${ws.slug}`);
        router.refresh();
      },
    }),
  );
  const fe = readTrpcError(create.error).fieldErrors;
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    create.mutate({ name: formText(new FormData(e.currentTarget), "name") });
  }
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <TextField label="Workspace name" name="name" required limit={100} error={fe.name} placeholder="Acme Car Care" />
      {create.error && !fe.name ? <Alert>{readTrpcError(create.error).message}</Alert> : null}
      <Button type="submit" busy={create.isPending} className="w-full">
        Create workspace
      </Button>
    </form>
  );
}
