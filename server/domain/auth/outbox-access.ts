import type { Db } from "@/db/client";
import { listOutbox, outboxMessage } from "@/server/outbox/admin-view";
import { NotFoundError } from "../errors";
import { isInstallationAdmin } from "./installation-admin";

/**
 * The installation admin's view of the mail outbox. Anyone else gets
 * NOT_FOUND, as for another workspace's row: the page does not say it exists.
 */
async function requireInstallationAdmin(db: Db, userId: string): Promise<void> {
  if (!(await isInstallationAdmin(db, userId))) throw new NotFoundError("Page");
}

export async function outboxForAdmin(db: Db, userId: string) {
  await requireInstallationAdmin(db, userId);
  return await listOutbox(db);
}

export async function outboxMessageForAdmin(db: Db, userId: string, id: string) {
  await requireInstallationAdmin(db, userId);
  const row = await outboxMessage(db, id);
  if (!row) throw new NotFoundError("Message");
  return row;
}
