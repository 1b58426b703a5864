import { procedureTable } from "../shared/procedure";
import { createMoment, deleteMoment, reorderMoments, updateMoment } from "./commands";
import { momentPermissions } from "./permissions";
import { getMoment, listMoments, listMomentsGrouped } from "./queries";
import { createMomentInput, listMomentsInput, momentIdInput, reorderMomentsInput, updateMomentInput } from "./schemas";

export * from "./commands";
export * from "./computed";
export * from "./queries";
export * from "./schemas";
export { momentPermissions };

export const momentProcedures = procedureTable(momentPermissions, {
  list: (p) => p.query(listMomentsInput, listMoments),
  listGrouped: (p) => p.query(listMomentsGrouped),
  get: (p) => p.query(momentIdInput, async (ctx, input) => await getMoment(ctx, input.id)),
  create: (p) => p.create(createMomentInput, createMoment),
  update: (p) => p.mutation(updateMomentInput, updateMoment),
  delete: (p) => p.mutation(momentIdInput, deleteMoment),
  reorder: (p) => p.mutation(reorderMomentsInput, reorderMoments),
});
