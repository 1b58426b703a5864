import type { Metadata } from "next";
import { AuthCard } from "../auth-card";
import { UnsubscribeForm } from "./unsubscribe-form";

export const metadata: Metadata = { title: "Unsubscribe" };

/** From the digest's link, without signing in; a button (not the link) stops it, as mail scanners open links. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  return (
    <AuthCard title="Stop the weekly digest" subtitle="You can turn it on again on your account's notifications page.">
      <UnsubscribeForm token={token} />
    </AuthCard>
  );
}
