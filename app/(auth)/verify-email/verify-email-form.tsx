"use client";

import { Link } from "@/app/_components/ui/link";
import { useActionState } from "react";
import { Button } from "../../_components/ui/button";
import { Alert } from "../../_components/ui/card";
import type { FormState } from "../actions";
import { verifyEmailAction } from "./actions";

export function VerifyEmailForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(() => verifyEmailAction(token), {});
  if (state.done) {
    return (
      <div className="space-y-4">
        <Alert tone="success">Your email is confirmed. Thank you.</Alert>
        <p className="text-center text-sm">
          <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href="/">
            Go to Triple Crown
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4">
      {state.error ? <Alert>{state.error}</Alert> : null}
      <Button type="submit" busy={pending} className="w-full">
        Confirm my email
      </Button>
    </form>
  );
}
