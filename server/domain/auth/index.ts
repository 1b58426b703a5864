import { z } from "zod";
import { digestSettings, setDigest, setDigestInput, unsubscribeDigest, unsubscribeInput } from "@/server/mail/digest/subscriptions";
import { idSchema } from "../shared/inputs";
import { procedureTable } from "../shared/procedure";
import { resendVerification, verificationPending, verifyEmail } from "./email-verification";
import { isInstallationAdmin } from "./installation-admin";
import { outboxForAdmin, outboxMessageForAdmin } from "./outbox-access";
import { requestPasswordReset, resetLinkIsLive, resetPassword } from "./password-reset";
import { authPermissions } from "./permissions";
import { accountTokenInput, changePasswordInput, requestPasswordResetInput, resetPasswordInput, signUpInput } from "./schemas";
import { changePassword, signOutEverywhere } from "./sessions";
import { getUser, signUp } from "./users";

export * from "./schemas";
export * from "./sessions";
export * from "./users";
export { authPermissions };

export const authProcedures = procedureTable(authPermissions, {
  signUp: (p) => p.mutation(signUpInput, (ctx, input) => signUp(ctx.db, input, ctx.ip)),
  me: (p) => p.query(async (ctx) => await getUser(ctx.db, ctx.userId)),
  changePassword: (p) => p.mutation(changePasswordInput, (ctx, input) => changePassword(ctx.db, ctx.userId, input)),
  signOutEverywhere: (p) => p.mutation(async (ctx) => await signOutEverywhere(ctx.db, ctx.userId)),
  requestPasswordReset: (p) => p.mutation(requestPasswordResetInput, (ctx, input) => requestPasswordReset(ctx.db, input, ctx.ip)),
  resetLinkIsLive: (p) => p.query(accountTokenInput, async (ctx, input) => ({ live: await resetLinkIsLive(ctx.db, input.token) })),
  resetPassword: (p) => p.mutation(resetPasswordInput, (ctx, input) => resetPassword(ctx.db, input)),
  verifyEmail: (p) => p.mutation(accountTokenInput, (ctx, input) => verifyEmail(ctx.db, input)),
  verificationPending: (p) => p.query(async (ctx) => ({ pending: await verificationPending(ctx.db, ctx.userId) })),
  resendVerification: (p) => p.mutation(async (ctx) => await resendVerification(ctx.db, ctx.userId)),
  isInstallationAdmin: (p) => p.query(async (ctx) => ({ admin: await isInstallationAdmin(ctx.db, ctx.userId) })),
  outbox: (p) => p.query(async (ctx) => await outboxForAdmin(ctx.db, ctx.userId)),
  digestSettings: (p) => p.query(async (ctx) => await digestSettings(ctx.db, ctx.userId)),
  setDigest: (p) => p.mutation(setDigestInput, (ctx, input) => setDigest(ctx.db, ctx.userId, input)),
  unsubscribeDigest: (p) => p.mutation(unsubscribeInput, (ctx, input) => unsubscribeDigest(ctx.db, input)),
  outboxMessage: (p) =>
    p.query(z.object({ id: idSchema }), async (ctx, input) => await outboxMessageForAdmin(ctx.db, ctx.userId, input.id)),
});
