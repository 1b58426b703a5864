"use server";

import { TRPCError } from "@trpc/server";
import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/server/auth/config";
import { clientIp } from "@/server/auth/client-ip";
import { dismissNotices, emailOf, landingAfterSignIn, signInWaitMessage } from "@/server/auth/account-flow";
import { currentUserId } from "@/server/auth/session";
import { INVALID_CREDENTIALS } from "@/server/domain/auth/users";
import { fieldErrorsOf } from "@/server/trpc/errors";
import { serverApi } from "@/server/trpc/server";
import { formText } from "../_components/ui/form-text";

export type FormState = { error?: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string>; done?: boolean };

/** Only same-site paths: an open redirect would turn sign-in into a phishing aid. */
function safeNext(value: FormDataEntryValue | null | undefined, fallback: string): string {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : fallback;
}

async function signInWithPassword(email: string, password: string, redirectTo: string): Promise<FormState> {
  const ip = clientIp(await headers());
  const wait = await signInWaitMessage(email, ip);
  if (wait) return { error: wait, values: { email } };
  try {
    await signIn("credentials", { email, password, redirectTo: await landingAfterSignIn(email, redirectTo) });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      if (error.code === "rate_limited") {
        return { error: (await signInWaitMessage(email, ip)) ?? "Too many failed sign-ins. Try again in a minute.", values: { email } };
      }
      return { error: INVALID_CREDENTIALS, values: { email } };
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

/** Said when sign-up's sign-in fails: the email may have had an account already, and we do not say whether. */
const CHECK_YOUR_SIGN_IN = "Check your sign-in: if you already have an account with this email, sign in with its password instead.";

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
  const result = await signInWithPassword(values.email.trim().toLowerCase(), formText(form, "password"), safeNext(form.get("next"), "/"));
  return result.error === INVALID_CREDENTIALS ? { error: CHECK_YOUR_SIGN_IN, values } : { ...result, values };
}

/** Ends this session only (its id is refused from now on: server/auth/config.ts); `next` brings the person back (an invitation). */
export async function signOutAction(form?: FormData): Promise<void> {
  const next = form instanceof FormData ? safeNext(form.get("next"), "") : "";
  await signOut({ redirectTo: next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in" });
}

export async function acceptInvitationAction(token: string): Promise<void> {
  const api = await serverApi();
  const { workspaceSlug } = await api.invitation.accept({ token });
  redirect(`/w/${workspaceSlug}`);
}

/** Changes the password, which ends every session; this browser is then signed in again with the new one. */
export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const userId = await currentUserId();
  if (!userId) redirect("/sign-in?next=/account");
  const newPassword = formText(form, "newPassword");
  const api = await serverApi();
  try {
    await api.auth.changePassword({ currentPassword: formText(form, "currentPassword"), newPassword });
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
      return { error: error.message, fieldErrors: fieldErrorsOf(error) ?? undefined };
    }
    throw error;
  }
  const email = await emailOf(userId);
  if (!email) redirect("/sign-in");
  const signedIn = await signInWithPassword(email, newPassword, "/account?changed=1");
  // Rare (the new sign-in was throttled): the password is changed, the person signs in again by hand.
  return signedIn.error ? { error: `Your password was changed. ${signedIn.error}` } : { done: true };
}

export async function signOutEverywhereAction(): Promise<void> {
  const api = await serverApi();
  await api.auth.signOutEverywhere();
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
}

/** The owner has read their notices (e.g. "20 failed sign-ins…"): go on to where they were going. */
export async function dismissNoticesAction(next: string): Promise<void> {
  const userId = await currentUserId();
  if (userId) await dismissNotices(userId);
  redirect(safeNext(next, "/"));
}
