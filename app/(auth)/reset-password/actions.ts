"use server";

import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { serverApi } from "@/server/trpc/server";
import { formText } from "../../_components/ui/form-text";
import type { FormState } from "../actions";

/** Sets the new password from the mailed link; every session ends, so the person signs in again with it. */
export async function resetPasswordAction(token: string, _prev: FormState, form: FormData): Promise<FormState> {
  const password = formText(form, "password");
  if (password !== formText(form, "confirm")) {
    const differ = "The two passwords differ. Type the same new password twice.";
    return { error: differ, fieldErrors: { confirm: [differ] } };
  }
  let email: string;
  try {
    ({ email } = await (await serverApi()).auth.resetPassword({ token, password }));
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
      return { error: error.message, fieldErrors: fieldErrorsOf(error) ?? undefined };
    }
    throw error;
  }
  redirect(`/sign-in?reset=1&email=${encodeURIComponent(email)}`);
}
