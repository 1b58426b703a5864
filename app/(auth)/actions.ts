"use server";

import { TRPCError } from "@trpc/server";
import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/server/auth/config";
import { clientIp } from "@/server/auth/client-ip";
import { signInBlockedFor, signInKeys } from "@/server/domain/auth/rate-limit";
import { INVALID_CREDENTIALS } from "@/server/domain/auth/users";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { serverApi } from "@/server/trpc/server";
import { formText } from "../_components/ui/form-text";

export type FormState = { error?: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

/** Only same-site paths: an open redirect would turn sign-in into a phishing aid. */
function safeNext(value: FormDataEntryValue | null, fallback: string): string {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : fallback;
}


async function signInWithPassword(email: string, password: string, redirectTo: string): Promise<FormState> {
  const wait = signInBlockedFor(signInKeys(email, clientIp(await headers())));
  if (wait) return { error: `Too many failed sign-ins. Try again in ${wait} minute${wait === 1 ? "" : "s"}.`, values: { email } };
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return {
        error: error.code === "rate_limited" ? "Too many failed sign-ins. Try again in 15 minutes." : INVALID_CREDENTIALS,
        values: { email },
      };
    }
    if (error instanceof AuthError) return { error: "Sign-in failed. Please try again.", values: { email } };
    throw error; // the redirect on success is thrown too
  }
  return {};
}

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const email = formText(form, "email").trim();
  const password = formText(form, "password");
  if (!email || !password) return { error: "Enter your email and password.", values: { email } };
  return signInWithPassword(email, password, safeNext(form.get("next"), "/"));
}

export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { name: formText(form, "name"), email: formText(form, "email") };
  const api = await serverApi();
  try {
    await api.auth.signUp({ name: values.name, email: values.email, password: formText(form, "password") });
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
      return { error: error.message, fieldErrors: fieldErrorsOf(error) ?? undefined, values };
    }
    throw error;
  }
  return signInWithPassword(values.email.trim().toLowerCase(), formText(form, "password"), safeNext(form.get("next"), "/"));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

export async function acceptInvitationAction(token: string): Promise<void> {
  const api = await serverApi();
  const { workspaceSlug } = await api.invitation.accept({ token });
  redirect(`/w/${workspaceSlug}`);
}
