import type { Metadata } from "next";
import { AuthCard } from "../auth-card";
import { CompanySignInForm } from "./company-sign-in-form";

export const metadata: Metadata = { title: "Sign in with your company account" };
export const dynamic = "force-dynamic";

export default async function CompanySignInPage({ searchParams }: { searchParams: Promise<{ next?: string; account?: string }> }) {
  const { next = "/", account } = await searchParams;
  return (
    <AuthCard
      title="Sign in with your company account"
      subtitle="If your workspace uses your company's sign-in (single sign-on), you go there and come back signed in."
    >
      <CompanySignInForm next={next} account={account} />
    </AuthCard>
  );
}
