"use client";

import { Link } from "@/app/_components/ui/link";
import { useActionState } from "react";
import { Button } from "../../_components/ui/button";
import { Alert } from "../../_components/ui/card";
import { TextField } from "../../_components/ui/field";
import { signUpAction, type FormState } from "../actions";

export function SignUpForm({ next, email, emailFixed = false }: { next: string; email?: string; emailFixed?: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signUpAction, {});
  const fe = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && !Object.keys(fe).length ? <Alert>{state.error}</Alert> : null}
      <input type="hidden" name="next" value={next} />
      <TextField label="Your name" name="name" autoComplete="name" required limit={100} defaultValue={state.values?.name} error={fe.name} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={emailFixed ? email : (state.values?.email ?? email)}
        readOnly={emailFixed}
        hint={emailFixed ? "The email you were invited with." : undefined}
        error={fe.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters, and not a common password. A few unrelated words work well."
        error={fe.password}
      />
      <Button type="submit" busy={pending} className="w-full">
        Create account
      </Button>
      <p className="text-center text-sm text-slate-600">
        Have an account?{" "}
        <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href={`/sign-in?next=${encodeURIComponent(next)}`}>
          Sign in
        </Link>
      </p>
    </form>
  );
}
