import type { Metadata } from "next";
import { AuthCard } from "../auth-card";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; email?: string }> }) {
  const { next = "/", email } = await searchParams;
  const demo = process.env.DEMO_HINT !== "off";
  return (
    <AuthCard
      title="Sign in"
      subtitle={demo ? <>Demo: <code>demo@triplecrown.local</code> / <code>demo-password</code></> : undefined}
    >
      <SignInForm next={next} email={email} />
    </AuthCard>
  );
}
