"use client";

import { useActionState } from "react";
import { changePasswordAction, type FormState } from "@/app/(auth)/actions";
import { Button } from "@/app/_components/ui/button";
import { Alert } from "@/app/_components/ui/card";
import { TextField } from "@/app/_components/ui/field";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, {});
  const fe = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && !Object.keys(fe).length ? <Alert>{state.error}</Alert> : null}
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fe.currentPassword}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters, and not a common password. Every other device is signed out."
        error={fe.newPassword}
      />
      <Button type="submit" busy={pending} className="w-full">
        Change password
      </Button>
    </form>
  );
}
