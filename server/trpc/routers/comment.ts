import { createComment, deleteComment } from "@/server/domain/comments/commands";
import { listComments } from "@/server/domain/comments/queries";
import { commentIdInput, createCommentInput, listCommentsInput } from "@/server/domain/comments/schemas";
import { router, workspaceProcedure, createProcedure } from "../init";
import { runOnce } from "@/server/domain/shared/idempotency";

export const commentRouter = router({
  list: workspaceProcedure.input(listCommentsInput).query(({ ctx, input }) => listComments(ctx, input)),
  create: createProcedure
    .meta({ action: "comment.write" })
    .input(createCommentInput).mutation(({ ctx, input }) => runOnce(ctx.db, ctx.userId, ctx.idempotency, () => createComment(ctx, input))),
  delete: workspaceProcedure
    .meta({ action: "comment.write" })
    .input(commentIdInput).mutation(({ ctx, input }) => deleteComment(ctx, input)),
});
