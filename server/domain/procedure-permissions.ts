import type { Role } from "@/db/schema/workspaces";
import { apiTokenPermissions } from "./apiToken/permissions";
import { auditPermissions } from "./audit/permissions";
import { authPermissions } from "./auth/permissions";
import { canvasPermissions } from "./canvas/permissions";
import { categoryPermissions } from "./category/permissions";
import { commentPermissions } from "./comment/permissions";
import { decisionPermissions } from "./decision/permissions";
import { initiativePermissions } from "./initiative/permissions";
import { invitationPermissions } from "./invitation/permissions";
import { measurePermissions } from "./measure/permissions";
import { memberPermissions } from "./member/permissions";
import { momentPermissions } from "./moment/permissions";
import { periodPermissions } from "./period/permissions";
import { planPermissions } from "./plan/permissions";
import { can } from "./permissions";
import { scenarioPermissions } from "./scenario/permissions";
import { scorecardPermissions } from "./scorecard/permissions";
import { scoringModelPermissions } from "./scoringModel/permissions";
import { isWorkspaceAccess, type Access } from "./shared/access";
import { sharePermissions } from "./share/permissions";
import { ssoPermissions } from "./sso/permissions";
import { transferPermissions } from "./transfer/permissions";
import { webhookPermissions } from "./webhook/permissions";
import { workspacePermissions } from "./workspace/permissions";

/**
 * Who may call every procedure, by router key then procedure name: the
 * entities' permissions.ts files, gathered. Pure (no database, no server
 * code), so client components ask it what to show, and it is the same
 * declaration the router enforces (server/domain/procedures.ts is checked
 * against it).
 */
export const PROCEDURE_PERMISSIONS = {
  auth: authPermissions,
  workspace: workspacePermissions,
  member: memberPermissions,
  invitation: invitationPermissions,
  category: categoryPermissions,
  canvas: canvasPermissions,
  moment: momentPermissions,
  measure: measurePermissions,
  comment: commentPermissions,
  audit: auditPermissions,
  initiative: initiativePermissions,
  decision: decisionPermissions,
  period: periodPermissions,
  scenario: scenarioPermissions,
  scoringModel: scoringModelPermissions,
  scorecard: scorecardPermissions,
  transfer: transferPermissions,
  share: sharePermissions,
  plan: planPermissions,
  webhook: webhookPermissions,
  apiToken: apiTokenPermissions,
  sso: ssoPermissions,
} as const;

export type RouterKey = keyof typeof PROCEDURE_PERMISSIONS;
/** "initiative.update" and every other path the client calls. */
export type ProcedurePath = { [R in RouterKey]: `${R}.${keyof (typeof PROCEDURE_PERMISSIONS)[R] & string}` }[RouterKey];

export function accessOf(path: ProcedurePath): Access {
  const [router, name] = path.split(".") as [RouterKey, string];
  return (PROCEDURE_PERMISSIONS[router] as Record<string, Access>)[name]!;
}

/**
 * Whether a member with this role may call the procedure: the check the
 * router makes, asked ahead (the server still decides). Procedures outside a
 * workspace need no role.
 */
export function canCall(role: Role, path: ProcedurePath): boolean {
  const access = accessOf(path);
  return isWorkspaceAccess(access) ? can(role, access) : true;
}
