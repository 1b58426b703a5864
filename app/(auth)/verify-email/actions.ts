"use server";

import { TRPCError } from "@trpc/server";
import { serverApi } from "@/server/trpc/server";
import type { FormState } from "../actions";

/** Confirms the email from the mailed link (a button, not the link itself: mail scanners open links too). */
export async function verifyEmailAction(token: string): Promise<FormState> {
  try {
    await (await serverApi()).auth.verifyEmail({ token });
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { error: error.message };
    throw error;
  }
  return { done: true };
}

/** The banner's "Send again". */
export async function resendVerificationAction(): Promise<FormState> {
  try {
    const { sent } = await (await serverApi()).auth.resendVerification();
    return sent ? { done: true } : { error: "Your email is confirmed already." };
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { error: error.message };
    throw error;
  }
}
