import type { PermissionTable } from "../shared/access";

/** Who may call each webhook procedure: admins only (the table's one declaration; pure, the client reads it too). */
export const webhookPermissions = {
  list: "webhooks.manage",
  create: "webhooks.manage",
  update: "webhooks.manage",
  rotateSecret: "webhooks.manage",
  pause: "webhooks.manage",
  resume: "webhooks.manage",
  delete: "webhooks.manage",
  sendTest: "webhooks.manage",
  deliveries: "webhooks.manage",
  redeliver: "webhooks.manage",
} as const satisfies PermissionTable;
