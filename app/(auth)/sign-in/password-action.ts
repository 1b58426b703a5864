"use server";

import { mustUseCompanySignIn } from "@/server/auth/sso/entry";
import { USE_COMPANY_SIGN_IN } from "@/server/domain/sso/refusals";
import { formText } from "../../_components/ui/form-text";
import { signInAction, type FormState } from "../actions";

/** The password form: an account whose workspaces turned passwords off is pointed to the company sign-in. */
export async function passwordSignInAction(prev: FormState, form: FormData): Promise<FormState> {
  const email = formText(form, "email").trim();
  if (email && (await mustUseCompanySignIn(email))) return { error: USE_COMPANY_SIGN_IN, values: { email } };
  return await signInAction(prev, form);
}
