import { createPeriod, createQuarters, deletePeriod, updatePeriod } from "@/server/domain/periods/commands";
import { listPeriods, periodCalendar } from "@/server/domain/periods/queries";
import { createPeriodInput, createQuartersInput, deletePeriodInput, updatePeriodInput } from "@/server/domain/periods/schemas";
import { router, workspaceProcedure, createProcedure } from "../init";
import { runOnce } from "@/server/domain/shared/idempotency";

export const periodRouter = router({
  list: workspaceProcedure.query(({ ctx }) => listPeriods(ctx)),
  calendar: workspaceProcedure.query(({ ctx }) => periodCalendar(ctx)),
  create: createProcedure
    .meta({ action: "periods.write" })
    .input(createPeriodInput).mutation(({ ctx, input }) => runOnce(ctx.db, ctx.userId, ctx.idempotency, () => createPeriod(ctx, input))),
  update: workspaceProcedure
    .meta({ action: "periods.write" })
    .input(updatePeriodInput).mutation(({ ctx, input }) => updatePeriod(ctx, input)),
  delete: workspaceProcedure
    .meta({ action: "periods.write" })
    .input(deletePeriodInput).mutation(({ ctx, input }) => deletePeriod(ctx, input)),
  createQuarters: createProcedure
    .meta({ action: "periods.write" })
    .input(createQuartersInput).mutation(({ ctx, input }) => runOnce(ctx.db, ctx.userId, ctx.idempotency, () => createQuarters(ctx, input))),
});
