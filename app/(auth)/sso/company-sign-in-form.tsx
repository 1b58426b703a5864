"use client";

import { useActionState } from "react";
import { Link } from "@/app/_components/ui/link";
import { Button } from "../../_components/ui/button";
import { Alert } from "../../_components/ui/card";
import { TextField } from "../../_components/ui/field";
import type { FormState } from "../actions";
import { companySignInAction } from "./actions";

export function CompanySignInForm({ next, account }: { next: string; account?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(companySignInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error ? <Alert>{state.error}</Alert> : null}
      <input type="hidden" name="next" value={next} />
      <TextField
        label="Work email or workspace address"
        name="account"
        type="text"
        inputMode="email"
        autoComplete="email"
        required
        hint="Your email at work (name@company.com), or your workspace's address (the part after /w/ in its links)."
        defaultValue={state.values?.account ?? account}
      />
      <Button type="submit" busy={pending} className="w-full">
        Continue to your company's sign-in
      </Button>
      <p className="text-center text-sm text-slate-600">
        <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href={`/sign-in?next=${encodeURIComponent(next)}`}>
          Sign in with a password instead
        </Link>
      </p>
    </form>
  );
}
