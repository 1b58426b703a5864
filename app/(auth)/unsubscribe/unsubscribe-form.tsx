"use client";

import { useActionState } from "react";
import { Button } from "../../_components/ui/button";
import { Alert } from "../../_components/ui/card";
import type { FormState } from "../actions";
import { unsubscribeAction } from "./actions";

export function UnsubscribeForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(() => unsubscribeAction(token), {});
  if (state.done) {
    const ws = state.values?.workspace;
    return <Alert tone="success">{ws ? `You will get no more weekly digests of ${ws}.` : "This digest is already stopped."}</Alert>;
  }
  return (
    <form action={action} className="space-y-4">
      {state.error ? <Alert>{state.error}</Alert> : null}
      <Button type="submit" busy={pending} className="w-full">
        Stop the weekly digest
      </Button>
    </form>
  );
}
