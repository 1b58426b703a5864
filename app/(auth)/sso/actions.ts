"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/server/auth/config";
import { companySignInTarget } from "@/server/auth/sso/entry";
import { withSsoWorkspace } from "@/server/auth/sso/scope";
import { ssoEntryInput, ssoProviderId } from "@/server/domain/sso";
import { formText } from "../../_components/ui/form-text";
import type { FormState } from "../actions";

/** Only same-site paths, as the password form (an open redirect would aid phishing). */
function landing(next: string, slug: string): string {
  const safe = next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
  return safe === "/" ? `/w/${slug}` : safe;
}

/**
 * "Sign in with your company account": the work email (or the workspace's
 * address) picks the workspace, and the browser goes to its provider. The
 * provider's return is handled by Auth.js (server/auth/sso/).
 */
export async function companySignInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = ssoEntryInput.safeParse({ account: formText(form, "account") });
  const values = { account: formText(form, "account") };
  if (!parsed.success) return { error: parsed.error.issues[0]!.message, values };
  const target = await companySignInTarget(parsed.data.account);
  if ("problem" in target) return { error: target.problem, values };
  try {
    await withSsoWorkspace(target.workspaceId, () =>
      signIn(ssoProviderId(target.workspaceId), { redirectTo: landing(formText(form, "next"), target.slug) }),
    );
  } catch (error) {
    if (error instanceof AuthError) {
      return { error: "Your company's sign-in could not be reached. Try again in a moment, or tell your workspace admin.", values };
    }
    throw error; // the redirect to the provider is thrown too
  }
  return {};
}
