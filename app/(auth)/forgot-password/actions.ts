"use server";

import { TRPCError } from "@trpc/server";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { serverApi } from "@/server/trpc/server";
import { formText } from "../../_components/ui/form-text";
import type { FormState } from "../actions";

/** "Forgot password?": the answer is the same whether or not the email has an account. */
export async function requestResetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const email = formText(form, "email");
  try {
    await (await serverApi()).auth.requestPasswordReset({ email });
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
      return { error: error.message, fieldErrors: fieldErrorsOf(error) ?? undefined, values: { email } };
    }
    throw error;
  }
  return { done: true, values: { email } };
}
