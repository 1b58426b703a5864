import { PUBLIC, SIGNED_IN, type PermissionTable } from "../shared/access";

/** Who may call each invitation procedure (the table's one declaration; pure, the client reads it too). */
export const invitationPermissions = {
  create: "members.manage",
  list: "members.manage",
  revoke: "members.manage",
  /** The invite page, before the invitee signs in: the token is the credential. */
  describe: PUBLIC,
  /** Only the invited person may accept; invitations.ts compares the signed-in email with the invited one. */
  accept: SIGNED_IN,
} as const satisfies PermissionTable;
