import type { Metadata } from "next";
import { AuthCard } from "../auth-card";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string; email?: string }> }) {
  const { next = "/", email } = await searchParams;
  return (
    <AuthCard title="Create your account" subtitle="You get your own workspace, with you as its admin.">
      <SignUpForm next={next} email={email} />
    </AuthCard>
  );
}
