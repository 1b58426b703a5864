import type { Metadata } from "next";
import { demoHint } from "@/server/auth/account-flow";
import { Alert } from "../../_components/ui/card";
import { AuthCard } from "../auth-card";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; email?: string; signedOut?: string; reset?: string }>;
}) {
  const { next = "/", email, signedOut, reset } = await searchParams;
  // The demo's email may show; its password never does (it is made per install: decision 024).
  const demo = process.env.DEMO_HINT !== "off" ? await demoHint() : null;
  return (
    <AuthCard
      title="Sign in"
      subtitle={
        demo ? (
          <>
            Demo: <code>{demo.email}</code>. Its password was printed in the terminal where you ran <code>npm start</code>, and is in{" "}
            <code>{demo.passwordAt}</code>.
          </>
        ) : undefined
      }
    >
      {signedOut === "everywhere" ? (
        <div className="mb-4">
          <Alert tone="success">You are signed out on every device.</Alert>
        </div>
      ) : null}
      {reset === "1" ? (
        <div className="mb-4">
          <Alert tone="success">Your password is changed and every device was signed out. Sign in with the new password.</Alert>
        </div>
      ) : null}
      <SignInForm next={next} email={email} />
    </AuthCard>
  );
}
