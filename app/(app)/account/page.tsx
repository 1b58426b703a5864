import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { dismissNoticesAction, signOutEverywhereAction } from "@/app/(auth)/actions";
import { AuthCard } from "@/app/(auth)/auth-card";
import { Button } from "@/app/_components/ui/button";
import { Alert } from "@/app/_components/ui/card";
import { Link } from "@/app/_components/ui/link";
import { noticesFor } from "@/server/auth/account-flow";
import { currentUserId } from "@/server/auth/session";
import { serverApi } from "@/server/trpc/server";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

/** Only same-site paths, as after sign-in. */
function samePath(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ next?: string; changed?: string }> }) {
  const userId = await currentUserId();
  if (!userId) redirect("/sign-in?next=/account");
  const me = await (await serverApi()).auth.me();
  if (!me) redirect("/sign-in?next=/account");
  const { next, changed } = await searchParams;
  const notices = await noticesFor(userId);
  return (
    <AuthCard
      title="Your account"
      subtitle={
        <>
          {me.name} · {me.email}
        </>
      }
    >
      <div className="space-y-6">
        {notices.length > 0 ? (
          <section aria-labelledby="notices-heading" className="space-y-3">
            <h2 id="notices-heading" className="text-sm font-semibold text-slate-900">
              While you were away
            </h2>
            {notices.map((n) => (
              <Alert key={n.id} tone="warning">
                {n.message}
              </Alert>
            ))}
            <form action={dismissNoticesAction.bind(null, samePath(next))}>
              <Button type="submit" className="w-full">
                Got it, continue
              </Button>
            </form>
          </section>
        ) : null}
        {changed === "1" ? <Alert tone="success">Your password is changed. Every other device was signed out.</Alert> : null}
        <section aria-labelledby="password-heading" className="space-y-3">
          <h2 id="password-heading" className="text-sm font-semibold text-slate-900">
            Change password
          </h2>
          <ChangePasswordForm />
        </section>
        <section aria-labelledby="everywhere-heading" className="space-y-2 border-t border-slate-200 pt-5">
          <h2 id="everywhere-heading" className="text-sm font-semibold text-slate-900">
            Sign out everywhere
          </h2>
          <p className="text-sm text-slate-600">Ends every session of this account, on every device, this one included.</p>
          <form action={signOutEverywhereAction}>
            <Button type="submit" variant="secondary" className="w-full">
              Sign out everywhere
            </Button>
          </form>
        </section>
        <p className="text-center text-sm">
          <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href="/account/notifications">
            Email notifications
          </Link>
        </p>
        <p className="text-center text-sm">
          <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href={samePath(next)}>
            Back to your workspace
          </Link>
        </p>
      </div>
    </AuthCard>
  );
}
