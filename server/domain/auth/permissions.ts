import { PUBLIC, SIGNED_IN, type PermissionTable } from "../shared/access";

/** Who may call each account procedure (the table's one declaration; pure, the client reads it too). */
export const authPermissions = {
  signUp: PUBLIC,
  me: SIGNED_IN,
  changePassword: SIGNED_IN,
  signOutEverywhere: SIGNED_IN,
  /** "Forgot password?": the same answer for any email, throttled per address and per email. */
  requestPasswordReset: PUBLIC,
  /** The mailed token is the credential (reset and verification links work without signing in). */
  resetLinkIsLive: PUBLIC,
  resetPassword: PUBLIC,
  verifyEmail: PUBLIC,
  verificationPending: SIGNED_IN,
  resendVerification: SIGNED_IN,
  isInstallationAdmin: SIGNED_IN,
  /** The installation admin only (ADMIN_EMAILS, else the first account): outbox-access.ts checks it; others get NOT_FOUND. */
  outbox: SIGNED_IN,
  outboxMessage: SIGNED_IN,
  /** The weekly digest, per workspace of the caller's (another workspace is NOT_FOUND: subscriptions.ts). */
  digestSettings: SIGNED_IN,
  setDigest: SIGNED_IN,
  /** The digest's signed unsubscribe link works without signing in. */
  unsubscribeDigest: PUBLIC,
} as const satisfies PermissionTable;
