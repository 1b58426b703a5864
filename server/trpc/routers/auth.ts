import { changePasswordInput, signUpInput } from "@/server/domain/auth/schemas";
import { changePassword, signOutEverywhere } from "@/server/domain/auth/sessions";
import { getUser, signUp } from "@/server/domain/auth/users";
import { authedProcedure, publicProcedure, router } from "../init";

export const authRouter = router({
  signUp: publicProcedure.input(signUpInput).mutation(({ ctx, input }) => signUp(ctx.db, input, ctx.ip)),
  me: authedProcedure.query(({ ctx }) => getUser(ctx.db, ctx.userId)),
  changePassword: authedProcedure.input(changePasswordInput).mutation(({ ctx, input }) => changePassword(ctx.db, ctx.userId, input)),
  signOutEverywhere: authedProcedure.mutation(({ ctx }) => signOutEverywhere(ctx.db, ctx.userId)),
});
