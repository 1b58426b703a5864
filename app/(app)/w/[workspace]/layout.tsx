import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { currentUserId } from "@/server/auth/session";
import { serverApi } from "@/server/trpc/server";
import { VerifyEmailBanner } from "@/app/_components/mail/verify-email-banner";
import { AppShell } from "@/app/_components/shell/app-shell";
import { screenFromHeaders } from "@/app/_components/screen/screen-from-headers";
import { ScreenHintProvider } from "@/app/_components/screen/screen-hint";
import { WorkspaceProvider } from "@/app/_components/workspace/workspace-context";

export const dynamic = "force-dynamic";

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  if (!(await currentUserId())) redirect(`/sign-in?next=${encodeURIComponent(`/w/${slug}`)}`);
  const api = await serverApi();
  const me = await api.auth.me();
  if (!me) redirect("/sign-in");
  const workspace = await api.workspace.bySlug({ slug }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const workspaces = await api.workspace.list();
  const { pending: verifyEmail } = await api.auth.verificationPending();
  // Pages leave out the layout this screen does not show (a phone gets no wide tables): decision 054.
  const screen = screenFromHeaders(await headers());
  return (
    <ScreenHintProvider hint={screen}>
      <WorkspaceProvider
        value={{
          id: workspace.id,
          slug: workspace.slug,
          name: workspace.name,
          currency: workspace.currency,
          role: workspace.role,
          userId: me.id,
          userName: me.name,
        }}
      >
        <AppShell slug={slug} role={workspace.role} userName={me.name} workspaces={workspaces}>
          {verifyEmail ? <VerifyEmailBanner email={me.email} /> : null}
          {children}
        </AppShell>
      </WorkspaceProvider>
    </ScreenHintProvider>
  );
}
