import type { Metadata } from "next";
import { AuthCard } from "../auth-card";
import { VerifyEmailForm } from "./verify-email-form";

export const metadata: Metadata = { title: "Confirm your email" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  return (
    <AuthCard title="Confirm your email" subtitle="One click confirms that this address is yours.">
      <VerifyEmailForm token={token} />
    </AuthCard>
  );
}
