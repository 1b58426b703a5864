import type { Metadata } from "next";
import { Link } from "@/app/_components/ui/link";
import { isSsoRefusal, SSO_REFUSALS } from "@/server/domain/sso/refusals";
import { Alert } from "../../../_components/ui/card";
import { AuthCard } from "../../auth-card";

export const metadata: Metadata = { title: "Sign-in refused" };
export const dynamic = "force-dynamic";

/**
 * Where a company sign-in ends when it is refused (`reason`, from
 * server/auth/sso/sign-in-callback.ts) or fails inside Auth.js (`error`,
 * its error page): what happened, in words, and where to go next.
 */
export default async function SignInRefusedPage({ searchParams }: { searchParams: Promise<{ reason?: string; error?: string }> }) {
  const { reason } = await searchParams;
  const refusal = SSO_REFUSALS[isSsoRefusal(reason) ? reason : "failed"];
  return (
    <AuthCard title={refusal.title}>
      <div className="space-y-4">
        <Alert>{refusal.text}</Alert>
        <p className="flex justify-between text-sm">
          <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href="/sso">
            Try company sign-in again
          </Link>
          <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href="/sign-in">
            Sign in with a password
          </Link>
        </p>
      </div>
    </AuthCard>
  );
}
