import { z } from "zod";
import { API_TOKEN_SCOPES } from "@/db/schema/values";
import { idSchema, requiredText, TEXT_MAX } from "../shared/inputs";

export { API_TOKEN_SCOPES };
/** A token works for at most a year: a forgotten token stops by itself (issue 22). */
export const MAX_TOKEN_DAYS = 365;
export const MIN_TOKEN_DAYS = 1;
/** Tokens listed at most (live and ended ones, newest first). */
export const MAX_LISTED_TOKENS = 200;

export const API_TOKEN_LABELS = { name: "Name", scope: "Access", expiresInDays: "Expires in" } as const;

export const createApiTokenInput = z.object({
  name: requiredText("Name", TEXT_MAX.name, "Give the token a name, such as the tool that will use it"),
  scope: z.enum(API_TOKEN_SCOPES, { message: "Choose read or read_write" }),
  expiresInDays: z
    .number({ message: "Say for how many days the token works" })
    .int("A whole number of days")
    .min(MIN_TOKEN_DAYS, `A token works for at least ${MIN_TOKEN_DAYS} day`)
    .max(MAX_TOKEN_DAYS, `A token works for at most ${MAX_TOKEN_DAYS} days (one year)`),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenInput>;

export const apiTokenIdInput = z.object({ id: idSchema });
