import { procedureTable } from "../shared/procedure";
import { auditPermissions } from "./permissions";
import { listAudit } from "./queries";
import { listAuditInput } from "./schemas";

export * from "./queries";
export * from "./schemas";
export { auditPermissions };

export const auditProcedures = procedureTable(auditPermissions, {
  list: (p) => p.query(listAuditInput, listAudit),
});
