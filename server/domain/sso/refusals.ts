/**
 * Why a company sign-in was refused, as the refusal page says it. Pure: the
 * page under app/(auth)/sso/ reads the words by the code in its URL.
 */
export const SSO_REFUSALS = {
  "not-enabled": {
    title: "Company sign-in is not on",
    text: "This workspace does not sign people in with a company account at the moment. Sign in with your password, or ask a workspace admin.",
  },
  "no-email": {
    title: "Your provider did not tell us your email",
    text: "Your company's sign-in did not share an email address, so we cannot tell who you are. Ask your workspace admin to let the provider share the “email” claim.",
  },
  "email-unverified": {
    title: "Your email is not verified",
    text: "Your company's sign-in says your email address has not been verified. Verify it there (or ask your IT team), then try again.",
  },
  "domain-not-allowed": {
    title: "Your email domain is not allowed here",
    text: "This workspace lets in people from certain email domains only, and yours is not one of them. Ask a workspace admin to add it or to invite you.",
  },
  "account-exists": {
    title: "You already have an account",
    text:
      "An account with this email already exists. Sign in with its password and ask a workspace admin for an invitation; " +
      "once you are a member, your company account signs you in too.",
  },
  failed: {
    title: "Sign-in did not complete",
    text: "Your company's sign-in did not complete. Try again; if it keeps failing, tell your workspace admin (the reason is in the server's log).",
  },
} as const;

export type SsoRefusal = keyof typeof SSO_REFUSALS;

export function isSsoRefusal(code: unknown): code is SsoRefusal {
  return typeof code === "string" && Object.hasOwn(SSO_REFUSALS, code);
}

/** Said on the sign-in page when a password sign-in is refused because the person's workspace signs in with the company account. */
export const USE_COMPANY_SIGN_IN =
  "Your workspace signs in with your company account: use “Sign in with your company account” instead of a password.";
