import { procedureTable } from "../shared/procedure";
import { createPeriod, createQuarters, deletePeriod, updatePeriod } from "./commands";
import { periodPermissions } from "./permissions";
import { listPeriods, periodCalendar } from "./queries";
import { createPeriodInput, createQuartersInput, deletePeriodInput, updatePeriodInput } from "./schemas";

export * from "./calendar";
export * from "./commands";
export * from "./current";
export * from "./quarters";
export * from "./queries";
export * from "./schemas";
export { periodPermissions };

export const periodProcedures = procedureTable(periodPermissions, {
  list: (p) => p.query(listPeriods),
  calendar: (p) => p.query(periodCalendar),
  create: (p) => p.create(createPeriodInput, createPeriod),
  update: (p) => p.mutation(updatePeriodInput, updatePeriod),
  delete: (p) => p.mutation(deletePeriodInput, deletePeriod),
  createQuarters: (p) => p.create(createQuartersInput, createQuarters),
});
