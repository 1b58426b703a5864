import { z } from "zod";
import { ROLES } from "@/db/schema/values";
import { versionSchema } from "../shared/inputs";
import { tooLong } from "../shared/text";
import { isDomain, normaliseDomain } from "./domains";

export const ISSUER_MAX = 500;
export const CLIENT_ID_MAX = 300;
export const CLIENT_SECRET_MAX = 1_000;
export const MAX_DOMAINS = 50;

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Why an issuer URL cannot be used, in words; null when it can. */
export function issuerProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "Enter the issuer as a full address, such as https://login.example.com";
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    return "The issuer must start with https:// (plain http:// only for a provider on this machine)";
  }
  if (url.search || url.hash) return "The issuer has no ?query or #fragment: copy it as your provider shows it";
  if (url.username || url.password) return "The issuer must not contain a user name or password";
  return null;
}

/** The issuer as typed, without a trailing slash: discovery appends "/.well-known/openid-configuration". */
export const issuerSchema = z
  .string({ message: "Enter the issuer URL" })
  .trim()
  .min(1, "Enter the issuer URL your provider shows")
  .max(ISSUER_MAX, tooLong("Issuer URL", ISSUER_MAX))
  .superRefine((value, ctx) => {
    const problem = issuerProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => value.replace(/\/+$/, ""));

export const allowedDomainsSchema = z
  .array(z.string().max(253, "A domain has at most 253 characters"), { message: "List the email domains allowed to sign in" })
  .max(MAX_DOMAINS, `At most ${MAX_DOMAINS} domains`)
  .transform((list) => [...new Set(list.map(normaliseDomain).filter(Boolean))])
  .superRefine((list, ctx) => {
    if (list.length === 0) ctx.addIssue({ code: "custom", message: "List at least one email domain, such as example.com" });
    const bad = list.filter((d) => !isDomain(d));
    if (bad.length) ctx.addIssue({ code: "custom", message: `Not an email domain: ${bad.join(", ")} (write it as example.com)` });
  });

export const saveSsoInput = z.object({
  issuer: issuerSchema,
  clientId: z
    .string({ message: "Enter the client ID" })
    .trim()
    .min(1, "Enter the client ID your provider gave you")
    .max(CLIENT_ID_MAX, tooLong("Client ID", CLIENT_ID_MAX)),
  /** Empty keeps the saved secret; required the first time. Never sent back. */
  clientSecret: z.string().max(CLIENT_SECRET_MAX, tooLong("Client secret", CLIENT_SECRET_MAX)).default(""),
  allowedDomains: allowedDomainsSchema,
  defaultRole: z.enum(ROLES, { message: "Choose the role new people get: admin, executive, editor, tracker or viewer" }),
  /** The version read; absent for the first save. */
  version: versionSchema.optional(),
});
export type SaveSsoInput = z.infer<typeof saveSsoInput>;

export const setSsoEnabledInput = z.object({ enabled: z.boolean({ message: "Say whether company sign-in is on" }) });

export const setPasswordSignInInput = z.object({
  disabled: z.boolean({ message: "Say whether password sign-in is off" }),
  /** The admin read the warning that they may lock themselves out, and goes on. */
  acceptLockout: z.boolean().default(false),
});

/** What a person types on the sign-in page: their work email or the workspace's address. */
export const ssoEntryInput = z.object({
  account: z
    .string({ message: "Enter your work email or your workspace's address" })
    .trim()
    .min(1, "Enter your work email or your workspace's address")
    .max(320, tooLong("Work email or workspace address", 320)),
});
