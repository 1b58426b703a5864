import { createShareLink, listShareLinks, revokeShareLink } from "@/server/domain/sharing/commands";
import { createShareLinkInput, shareLinkIdInput, shareTokenInput } from "@/server/domain/sharing/schemas";
import { viewSharedScorecard } from "@/server/domain/sharing/view";
import { publicProcedure, router, workspaceProcedure, createProcedure } from "../init";
import { runOnce } from "@/server/domain/shared/idempotency";

export const shareRouter = router({
  create: createProcedure
    .meta({ action: "share.manage" })
    .input(createShareLinkInput).mutation(({ ctx, input }) => runOnce(ctx.db, ctx.userId, ctx.idempotency, () => createShareLink(ctx, input))),
  list: workspaceProcedure.meta({ action: "share.manage" }).query(({ ctx }) => listShareLinks(ctx)),
  revoke: workspaceProcedure
    .meta({ action: "share.manage" })
    .input(shareLinkIdInput).mutation(({ ctx, input }) => revokeShareLink(ctx, input)),
  /** The public page's data: the token alone opens this read-only view and nothing else. */
  view: publicProcedure.input(shareTokenInput).query(({ ctx, input }) => viewSharedScorecard(ctx.db, input.token)),
});
