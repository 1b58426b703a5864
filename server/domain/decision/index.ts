import { procedureTable } from "../shared/procedure";
import { decisionPermissions } from "./permissions";
import { listDecisions } from "./queries";
import { listDecisionsInput } from "./schemas";

export * from "./queries";
export * from "./record";
export * from "./schemas";
export * from "./snapshot";
export { decisionPermissions };

export const decisionProcedures = procedureTable(decisionPermissions, {
  list: (p) => p.query(listDecisionsInput, listDecisions),
});
