import { createMoment, deleteMoment, reorderMoments, updateMoment } from "@/server/domain/moments/commands";
import { getMoment, listMoments, listMomentsGrouped } from "@/server/domain/moments/queries";
import {
  createMomentInput,
  listMomentsInput,
  momentIdInput,
  reorderMomentsInput,
  updateMomentInput,
} from "@/server/domain/moments/schemas";
import { router, workspaceProcedure, createProcedure } from "../init";
import { runOnce } from "@/server/domain/shared/idempotency";

export const momentRouter = router({
  list: workspaceProcedure.input(listMomentsInput).query(({ ctx, input }) => listMoments(ctx, input)),
  listGrouped: workspaceProcedure.query(({ ctx }) => listMomentsGrouped(ctx)),
  get: workspaceProcedure.input(momentIdInput).query(({ ctx, input }) => getMoment(ctx, input.id)),
  create: createProcedure
    .meta({ action: "content.write" })
    .input(createMomentInput).mutation(({ ctx, input }) => runOnce(ctx.db, ctx.userId, ctx.idempotency, () => createMoment(ctx, input))),
  update: workspaceProcedure
    .meta({ action: "content.write" })
    .input(updateMomentInput).mutation(({ ctx, input }) => updateMoment(ctx, input)),
  delete: workspaceProcedure
    .meta({ action: "content.write" })
    .input(momentIdInput).mutation(({ ctx, input }) => deleteMoment(ctx, input)),
  reorder: workspaceProcedure
    .meta({ action: "content.write" })
    .input(reorderMomentsInput).mutation(({ ctx, input }) => reorderMoments(ctx, input)),
});
