"use client";

import { useActionState } from "react";
import { Button } from "../../_components/ui/button";
import { Alert } from "../../_components/ui/card";
import { TextField } from "../../_components/ui/field";
import type { FormState } from "../actions";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetPasswordAction.bind(null, token), {});
  const fe = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && !fe.password && !fe.confirm ? <Alert>{state.error}</Alert> : null}
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        autoFocus
        hint="At least 10 characters, and not a common password. A few unrelated words work well."
        error={fe.password}
      />
      <TextField label="New password again" name="confirm" type="password" autoComplete="new-password" required error={fe.confirm} />
      <Button type="submit" busy={pending} className="w-full">
        Set new password
      </Button>
    </form>
  );
}
