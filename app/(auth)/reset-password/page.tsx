import type { Metadata } from "next";
import { Link } from "@/app/_components/ui/link";
import { serverApi } from "@/server/trpc/server";
import { AuthCard } from "../auth-card";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };
export const dynamic = "force-dynamic";

async function linkIsLive(token: string): Promise<boolean> {
  if (token.length < 20 || token.length > 100) return false;
  return (await (await serverApi()).auth.resetLinkIsLive({ token })).live;
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  if (!(await linkIsLive(token))) {
    return (
      <AuthCard
        title="This reset link cannot be used"
        subtitle="It has expired (links work for one hour), was used already, or is incomplete."
      >
        <p className="text-sm text-slate-600">
          <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href="/forgot-password">
            Ask for a new link
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" subtitle="Setting it signs your account out on every device.">
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
