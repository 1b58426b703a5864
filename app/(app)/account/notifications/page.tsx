import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/app/(auth)/auth-card";
import { Link } from "@/app/_components/ui/link";
import { currentUserId } from "@/server/auth/session";
import { serverApi } from "@/server/trpc/server";
import { DigestToggle } from "./digest-toggle";

export const metadata: Metadata = { title: "Notifications" };
export const dynamic = "force-dynamic";

export default async function NotificationsPage() {
  if (!(await currentUserId())) redirect("/sign-in?next=/account/notifications");
  const api = await serverApi();
  const [workspaces, { admin }] = await Promise.all([api.auth.digestSettings(), api.auth.isInstallationAdmin()]);
  return (
    <AuthCard title="Notifications" subtitle="What Triple Crown emails you, besides invitations and password resets.">
      <div className="space-y-6">
        <section aria-labelledby="digest-heading">
          <h2 id="digest-heading" className="text-sm font-semibold text-slate-900">
            Weekly digest
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Once a week, per workspace: new entries in the top 10, status changes, and what slipped on the roadmap.
          </p>
          {workspaces.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">You are not a member of any workspace yet.</p>
          ) : (
            <div className="mt-2 divide-y divide-slate-100">
              {workspaces.map((w) => (
                <DigestToggle key={w.workspaceId} workspaceId={w.workspaceId} workspaceName={w.name} on={w.on} />
              ))}
            </div>
          )}
        </section>
        <p className="text-sm text-slate-600">
          Decisions on initiatives you own, and requests for your decision as an executive, are always emailed.
        </p>
        {admin ? (
          <p className="text-sm">
            <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href="/admin/outbox">
              Mail outbox (installation admin)
            </Link>
          </p>
        ) : null}
        <p className="text-center text-sm">
          <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href="/account">
            Back to your account
          </Link>
        </p>
      </div>
    </AuthCard>
  );
}
