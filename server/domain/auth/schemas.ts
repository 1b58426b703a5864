import { z } from "zod";
import { tooLong } from "../shared/text";

export const emailSchema = z
  .string()
  .trim()
  .max(254, "An email address has at most 254 characters")
  .pipe(z.email("Enter a valid email address, like name@example.com"))
  .transform((e) => e.toLowerCase());

export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters for your password")
  .max(200, "A password has at most 200 characters");

export const personNameSchema = z
  .string()
  .trim()
  .min(1, "Tell us your name")
  .max(100, tooLong("Your name", 100));

export const signUpInput = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
  workspaceName: z.string().trim().min(1).max(100, tooLong("Workspace name", 100)).optional(),
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(200),
});
