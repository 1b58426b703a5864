import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/ui/card";
import { SsoSettingsPanel } from "./sso-settings-panel";

export const metadata: Metadata = { title: "Sign-in" };

export default function SignInSettingsPage() {
  return (
    <>
      <PageHeader
        title="Sign-in"
        description="Let members sign in with your company account (single sign-on with OpenID Connect), and turn password sign-in off once it works."
      />
      <SsoSettingsPanel />
    </>
  );
}
