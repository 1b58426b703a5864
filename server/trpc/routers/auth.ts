import { signUpInput } from "@/server/domain/auth/schemas";
import { getUser, signUp } from "@/server/domain/auth/users";
import { authedProcedure, publicProcedure, router } from "../init";

export const authRouter = router({
  signUp: publicProcedure.input(signUpInput).mutation(({ ctx, input }) => signUp(ctx.db, input)),
  me: authedProcedure.query(({ ctx }) => getUser(ctx.db, ctx.userId)),
});
