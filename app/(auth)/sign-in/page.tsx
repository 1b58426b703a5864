import type { Metadata } from "next";
import { demoHint } from "@/server/auth/account-flow";
import { Link } from "@/app/_components/ui/link";
import { Alert } from "../../_components/ui/card";
import { AuthCard } from "../auth-card";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; email?: string; signedOut?: string; reset?: string; error?: string }>;
}) {
  const { next = "/", email, signedOut, reset, error } = await searchParams;
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
      {error ? (
        <div className="mb-4">
          {/* Auth.js comes back here when a company sign-in is cancelled or fails at the provider. */}
          <Alert>Sign-in with your company account did not complete. Try again, or sign in with your password.</Alert>
        </div>
      ) : null}
      <SignInForm next={next} email={email} />
      <div className="mt-5 border-t border-slate-200 pt-5">
        <Link
          href={`/sso?next=${encodeURIComponent(next)}`}
          className="block w-full rounded-md px-3 py-2 text-center text-sm font-medium text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
        >
          Sign in with your company account
        </Link>
      </div>
    </AuthCard>
  );
}
