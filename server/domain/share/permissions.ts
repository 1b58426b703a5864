import { PUBLIC, type PermissionTable } from "../shared/access";

/** Who may call each share-link procedure (the table's one declaration; pure, the client reads it too). */
export const sharePermissions = {
  create: "share.manage",
  list: "share.manage",
  revoke: "share.manage",
  /** The public page's data: the token alone opens this read-only view and nothing else. */
  view: PUBLIC,
} as const satisfies PermissionTable;
