import { z } from "zod";
import { idSchema, TEXT_MAX, trimmedText } from "../shared/inputs";
import { MAX_SHARE_DAYS, MIN_SHARE_DAYS } from "./limits";

export { MAX_SHARE_DAYS, MIN_SHARE_DAYS };
/** Links listed at most; a workspace never needs more live ones. */
export const MAX_LISTED_LINKS = 200;

export const createShareLinkInput = z.object({
  label: trimmedText("Label", TEXT_MAX.name).default(""),
  expiresInDays: z
    .number({ message: "Say for how many days the link works" })
    .int("A whole number of days")
    .min(MIN_SHARE_DAYS, `A link works for at least ${MIN_SHARE_DAYS} day`)
    .max(MAX_SHARE_DAYS, `A link works for at most ${MAX_SHARE_DAYS} days`)
    .default(30),
});
export type CreateShareLinkInput = z.infer<typeof createShareLinkInput>;

export const shareLinkIdInput = z.object({ id: idSchema });

/** 32 random bytes in base64url are 43 characters; anything else is not a token we made. */
export const shareTokenInput = z.object({
  token: z
    .string()
    .min(20, "Not a share link")
    .max(100, "Not a share link")
    .regex(/^[A-Za-z0-9_-]+$/, "Not a share link"),
});
