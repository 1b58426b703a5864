"use client";

import { Link } from "@/app/_components/ui/link";
import { useActionState } from "react";
import { Button } from "../../_components/ui/button";
import { Alert } from "../../_components/ui/card";
import { TextField } from "../../_components/ui/field";
import type { FormState } from "../actions";
import { requestResetAction } from "./actions";

export function ForgotPasswordForm({ email }: { email?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(requestResetAction, {});
  const fe = state.fieldErrors ?? {};
  if (state.done) {
    return (
      <div className="space-y-4">
        <Alert tone="success">
          If {state.values?.email || "this email"} has an account, a link to choose a new password is on its way. It works once, for one
          hour.
        </Alert>
        <p className="text-sm text-slate-600">
          No email after a few minutes? Check the spam folder, or ask your Triple Crown administrator.
        </p>
        <p className="text-center text-sm">
          <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href="/sign-in">
            Back to sign in
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && !Object.keys(fe).length ? <Alert>{state.error}</Alert> : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        autoFocus
        defaultValue={state.values?.email ?? email}
        error={fe.email}
      />
      <Button type="submit" busy={pending} className="w-full">
        Send me a reset link
      </Button>
      <p className="text-center text-sm text-slate-600">
        Remembered it?{" "}
        <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href="/sign-in">
          Sign in
        </Link>
      </p>
    </form>
  );
}
