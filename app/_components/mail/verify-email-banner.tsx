"use client";

import { useActionState } from "react";
import { resendVerificationAction } from "@/app/(auth)/verify-email/actions";
import type { FormState } from "@/app/(auth)/actions";
import { Button } from "../ui/button";

/**
 * Asks a person who signed up to confirm their email (the account works
 * meanwhile), with "Send again" for a lost or expired link.
 */
export function VerifyEmailBanner({ email }: { email: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(() => resendVerificationAction(), {});
  return (
    <section
      aria-label="Confirm your email"
      className="mb-6 flex flex-wrap items-center gap-3 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200"
    >
      <p className="min-w-0 flex-1">
        Please confirm your email: we sent a link to <strong>{email}</strong>. Until then, password resets and invitations may not reach
        you.
      </p>
      <form action={action}>
        <Button type="submit" variant="secondary" size="sm" busy={pending}>
          Send again
        </Button>
      </form>
      <p role="status" className="w-full empty:hidden">
        {state.done ? "Sent. The new link works for 7 days." : (state.error ?? "")}
      </p>
    </section>
  );
}
