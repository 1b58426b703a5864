import type { Metadata } from "next";
import { AuthCard } from "../auth-card";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string; email?: string; fixed?: string }> }) {
  const { next = "/", email, fixed } = await searchParams;
  return (
    <AuthCard title="Create your account" subtitle="You get your own workspace, with you as its admin.">
      {/* From an invitation: the account must have the invited email (the invitation checks it again on joining). */}
      <SignUpForm next={next} email={email} emailFixed={fixed === "1" && Boolean(email)} />
    </AuthCard>
  );
}
