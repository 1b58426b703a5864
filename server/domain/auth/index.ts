import { procedureTable } from "../shared/procedure";
import { authPermissions } from "./permissions";
import { changePasswordInput, signUpInput } from "./schemas";
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
});
