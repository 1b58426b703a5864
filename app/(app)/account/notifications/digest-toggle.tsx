"use client";

import { useActionState } from "react";
import type { FormState } from "@/app/(auth)/actions";
import { Button } from "@/app/_components/ui/button";
import { setDigestAction } from "./actions";

/** A switch-like button per workspace: its pressed state is the digest being on. */
export function DigestToggle({ workspaceId, workspaceName, on }: { workspaceId: string; workspaceName: string; on: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(() => setDigestAction(workspaceId, !on), {});
  return (
    <form action={action} className="flex flex-wrap items-center justify-between gap-3 py-3">
      <span className="min-w-0 flex-1 text-sm text-slate-900">{workspaceName}</span>
      <Button
        type="submit"
        variant={on ? "primary" : "secondary"}
        size="sm"
        busy={pending}
        aria-pressed={on}
        aria-label={`Weekly digest of ${workspaceName}: ${on ? "on" : "off"}`}
      >
        {on ? "On" : "Off"}
      </Button>
      {state.error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
