"use client";

import { Link } from "@/app/_components/ui/link";
import { useActionState } from "react";
import { Button } from "../../_components/ui/button";
import { Alert } from "../../_components/ui/card";
import { TextField } from "../../_components/ui/field";
import type { FormState } from "../actions";
import { passwordSignInAction } from "./password-action";

export function SignInForm({ next, email }: { next: string; email?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(passwordSignInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error ? <Alert>{state.error}</Alert> : null}
      <input type="hidden" name="next" value={next} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email ?? email} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
      <p className="-mt-2 text-right text-sm">
        <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href="/forgot-password">
          Forgot password?
        </Link>
      </p>
      <Button type="submit" busy={pending} className="w-full">
        Sign in
      </Button>
      <p className="text-center text-sm text-slate-600">
        New here?{" "}
        <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href={`/sign-up?next=${encodeURIComponent(next)}`}>
          Create an account
        </Link>
      </p>
    </form>
  );
}
