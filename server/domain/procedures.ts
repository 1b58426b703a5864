import { apiTokenProcedures } from "./apiToken";
import { auditProcedures } from "./audit";
import { authProcedures } from "./auth";
import { canvasProcedures } from "./canvas";
import { categoryProcedures } from "./category";
import { commentProcedures } from "./comment";
import { decisionProcedures } from "./decision";
import { initiativeProcedures } from "./initiative";
import { invitationProcedures } from "./invitation";
import { measureProcedures } from "./measure";
import { memberProcedures } from "./member";
import { momentProcedures } from "./moment";
import { periodProcedures } from "./period";
import { planProcedures } from "./plan";
import type { PROCEDURE_PERMISSIONS } from "./procedure-permissions";
import { scenarioProcedures } from "./scenario";
import { scorecardProcedures } from "./scorecard";
import { scoringModelProcedures } from "./scoringModel";
import { shareProcedures } from "./share";
import { ssoProcedures } from "./sso";
import { transferProcedures } from "./transfer";
import { webhookProcedures } from "./webhook";
import { workspaceProcedures } from "./workspace";

type Permissions = typeof PROCEDURE_PERMISSIONS;
/** Each router key's table, with exactly the access its permissions.ts declares for each name. */
type TablesMatching<P> = { readonly [R in keyof P]: { readonly [N in keyof P[R]]: { readonly access: P[R][N] } } };

/**
 * Every entity's procedure table, by router key (the first part of each
 * tRPC path). The app router is derived from this (server/trpc/root.ts).
 */
export const PROCEDURES = {
  auth: authProcedures,
  workspace: workspaceProcedures,
  member: memberProcedures,
  invitation: invitationProcedures,
  category: categoryProcedures,
  canvas: canvasProcedures,
  moment: momentProcedures,
  measure: measureProcedures,
  comment: commentProcedures,
  audit: auditProcedures,
  initiative: initiativeProcedures,
  decision: decisionProcedures,
  period: periodProcedures,
  scenario: scenarioProcedures,
  scoringModel: scoringModelProcedures,
  scorecard: scorecardProcedures,
  transfer: transferProcedures,
  share: shareProcedures,
  plan: planProcedures,
  webhook: webhookProcedures,
  apiToken: apiTokenProcedures,
  sso: ssoProcedures,
} as const satisfies TablesMatching<Permissions>;
