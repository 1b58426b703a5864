import type { Action } from "../permissions";

/**
 * Who may call a procedure. A workspace procedure names the action of the
 * permission table (server/domain/permissions.ts) it performs; the two
 * markers are for procedures outside any workspace. Pure: the client reads
 * the same declarations to decide what to show.
 */

/** Anyone, signed in or not: sign-up, an invitation's description, a share link's page. */
export const PUBLIC = "public";
/** Any signed-in person, outside a workspace: their workspaces, a new workspace, accepting an invitation. */
export const SIGNED_IN = "signed-in";

export type Access = Action | typeof PUBLIC | typeof SIGNED_IN;

/** One entity's procedures, each with who may call it. */
export type PermissionTable = Readonly<Record<string, Access>>;

export function isWorkspaceAccess(access: Access): access is Action {
  return access !== PUBLIC && access !== SIGNED_IN;
}
