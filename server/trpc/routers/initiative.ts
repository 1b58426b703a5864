import { addAssumption, deleteAssumption, updateAssumption } from "@/server/domain/initiatives/assumptions";
import { createInitiative, deleteInitiative, updateInitiative } from "@/server/domain/initiatives/commands";
import { setDependencies, setEffects } from "@/server/domain/initiatives/links";
import { getInitiative, listDepartments, listInitiatives } from "@/server/domain/initiatives/queries";
import { deleteResult, recordResult } from "@/server/domain/initiatives/results";
import {
  addAssumptionInput,
  createInitiativeInput,
  decideInput,
  deleteByVersionInput,
  deleteInitiativeInput,
  departmentsInput,
  initiativeIdInput,
  listInitiativesInput,
  recordResultInput,
  setDependenciesInput,
  setEffectsInput,
  updateAssumptionInput,
  updateInitiativeInput,
  updateProgressInput,
} from "@/server/domain/initiatives/schemas";
import { decideInitiative, updateProgress } from "@/server/domain/initiatives/track";
import { router, workspaceProcedure, createProcedure } from "../init";
import { runOnce } from "@/server/domain/shared/idempotency";

export const initiativeRouter = router({
  list: workspaceProcedure.input(listInitiativesInput).query(({ ctx, input }) => listInitiatives(ctx, input)),
  get: workspaceProcedure.input(initiativeIdInput).query(({ ctx, input }) => getInitiative(ctx, input)),
  departments: workspaceProcedure.input(departmentsInput).query(({ ctx, input }) => listDepartments(ctx, input)),
  create: createProcedure
    .meta({ action: "content.write" })
    .input(createInitiativeInput).mutation(({ ctx, input }) => runOnce(ctx.db, ctx.userId, ctx.idempotency, () => createInitiative(ctx, input))),
  update: workspaceProcedure
    .meta({ action: "content.write" })
    .input(updateInitiativeInput).mutation(({ ctx, input }) => updateInitiative(ctx, input)),
  delete: workspaceProcedure
    .meta({ action: "content.write" })
    .input(deleteInitiativeInput).mutation(({ ctx, input }) => deleteInitiative(ctx, input)),
  updateProgress: workspaceProcedure
    .meta({ action: "initiative.track" })
    .input(updateProgressInput).mutation(({ ctx, input }) => updateProgress(ctx, input)),
  decide: workspaceProcedure
    .meta({ action: "initiative.decide" })
    .input(decideInput).mutation(({ ctx, input }) => decideInitiative(ctx, input)),
  setEffects: workspaceProcedure
    .meta({ action: "content.write" })
    .input(setEffectsInput).mutation(({ ctx, input }) => setEffects(ctx, input)),
  setDependencies: workspaceProcedure
    .meta({ action: "content.write" })
    .input(setDependenciesInput).mutation(({ ctx, input }) => setDependencies(ctx, input)),
  addAssumption: createProcedure
    .meta({ action: "content.write" })
    .input(addAssumptionInput).mutation(({ ctx, input }) => runOnce(ctx.db, ctx.userId, ctx.idempotency, () => addAssumption(ctx, input))),
  updateAssumption: workspaceProcedure
    .meta({ action: "content.write" })
    .input(updateAssumptionInput).mutation(({ ctx, input }) => updateAssumption(ctx, input)),
  deleteAssumption: workspaceProcedure
    .meta({ action: "content.write" })
    .input(deleteByVersionInput).mutation(({ ctx, input }) => deleteAssumption(ctx, input)),
  recordResult: createProcedure
    .meta({ action: "initiative.track" })
    .input(recordResultInput).mutation(({ ctx, input }) => runOnce(ctx.db, ctx.userId, ctx.idempotency, () => recordResult(ctx, input))),
  deleteResult: workspaceProcedure
    .meta({ action: "initiative.track" })
    .input(deleteByVersionInput).mutation(({ ctx, input }) => deleteResult(ctx, input)),
});
