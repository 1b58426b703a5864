import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { Link } from "@/app/_components/ui/link";
import { currentUserId } from "@/server/auth/session";
import { serverApi } from "@/server/trpc/server";
import { acceptInvitationAction, signOutAction } from "@/app/(auth)/actions";
import { AuthCard } from "@/app/(auth)/auth-card";
import { Button } from "@/app/_components/ui/button";
import { Alert } from "@/app/_components/ui/card";
import { wrongAccountMessage } from "@/server/domain/invitation/invitations";

export const metadata: Metadata = { title: "Invitation" };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const api = await serverApi();
  const invitation = await api.invitation.describe({ token }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  });
  if (!invitation) {
    return (
      <AuthCard title="This invitation cannot be used" subtitle="It may have expired, been used already, or been revoked.">
        <p className="text-sm text-slate-600">Ask the workspace admin for a new link.</p>
      </AuthCard>
    );
  }
  const next = `/invite/${token}`;
  const signedIn = Boolean(await currentUserId());
  const me = signedIn ? await api.auth.me() : null;
  // Only the invited person may join (the server checks it again on accepting); anyone else is told who to be.
  const wrongAccount = me !== null && me.email.toLowerCase() !== invitation.email.toLowerCase();
  return (
    <AuthCard
      title={`Join ${invitation.workspaceName}`}
      subtitle={
        <>
          You are invited as <strong className="capitalize">{invitation.role}</strong> ({invitation.email}).
        </>
      }
    >
      {wrongAccount ? (
        <div className="space-y-3">
          <Alert tone="warning">{wrongAccountMessage(invitation.email)}</Alert>
          <form action={signOutAction}>
            <input type="hidden" name="next" value={next} />
            <Button type="submit" variant="secondary" className="w-full">
              Sign out
            </Button>
          </form>
        </div>
      ) : signedIn ? (
        <form action={acceptInvitationAction.bind(null, token)}>
          <Button type="submit" className="w-full">
            Join workspace
          </Button>
        </form>
      ) : (
        <div className="space-y-3">
          <Link
            href={`/sign-up?next=${encodeURIComponent(next)}&email=${encodeURIComponent(invitation.email)}&fixed=1`}
            className="flex h-10 w-full items-center justify-center rounded-md bg-brand-600 text-sm font-medium text-white hover:bg-brand-700"
          >
            Create an account to join
          </Link>
          <Link
            href={`/sign-in?next=${encodeURIComponent(next)}&email=${encodeURIComponent(invitation.email)}`}
            className="flex h-10 w-full items-center justify-center rounded-md text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
          >
            I already have an account
          </Link>
        </div>
      )}
    </AuthCard>
  );
}
