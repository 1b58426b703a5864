import { listAudit } from "@/server/domain/audit/queries";
import { listAuditInput } from "@/server/domain/audit/schemas";
import { router, workspaceProcedure } from "../init";

export const auditRouter = router({
  list: workspaceProcedure
    .meta({ action: "audit.read" })
    .input(listAuditInput).query(({ ctx, input }) => listAudit(ctx, input)),
});
