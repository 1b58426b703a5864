import type { Metadata } from "next";
import { AuthCard } from "../auth-card";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <AuthCard title="Forgot your password?" subtitle="Enter your account's email and we send you a link to choose a new password.">
      <ForgotPasswordForm email={email} />
    </AuthCard>
  );
}
