import { z } from "zod";
import { emailSchema, requiredText, TEXT_MAX } from "../shared/inputs";
import { MAX_PASSWORD_LENGTH, passwordProblem } from "./password-policy";

/** A new password (sign-up, change, invitation sign-up): the policy of password-policy.ts. */
export const passwordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** The same policy, plus "not the account's email", where the email is known. */
function refuseEmailAsPassword(value: { email: string; password: string }, ctx: z.RefinementCtx) {
  if (value.password.trim().toLowerCase() === value.email) {
    ctx.addIssue({ code: "custom", path: ["password"], message: passwordProblem(value.password, value.email) ?? "" });
  }
}

export const personNameSchema = requiredText("Your name", TEXT_MAX.name, "Tell us your name");

export const signUpInput = z
  .object({
    name: personNameSchema,
    email: emailSchema,
    password: passwordSchema,
    workspaceName: requiredText("Workspace name", TEXT_MAX.name, "Give the workspace a name").optional(),
  })
  .superRefine(refuseEmailAsPassword);
export type SignUpInput = z.infer<typeof signUpInput>;

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(MAX_PASSWORD_LENGTH),
});

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(MAX_PASSWORD_LENGTH),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/** A token from a mailed link (reset, verification): 43 characters as made, some slack for mail readers' wrapping. */
export const mailedTokenSchema = z.string().trim().min(20, "This link is not complete. Open it again from the email.").max(100);

export const requestPasswordResetInput = z.object({ email: emailSchema });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetInput>;

export const resetPasswordInput = z.object({ token: mailedTokenSchema, password: passwordSchema });
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

export const accountTokenInput = z.object({ token: mailedTokenSchema });
