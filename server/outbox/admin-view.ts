import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/database";
import { mailOutbox } from "@/db/schema";

/** How many messages the admin page lists, newest first. */
export const OUTBOX_PAGE = 200;

/** The outbox as the installation admin sees it: no bodies in the list (they hold single-use links). */
export async function listOutbox(db: DbOrTx) {
  return await db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      kind: mailOutbox.kind,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      nextAttemptAt: mailOutbox.nextAttemptAt,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(OUTBOX_PAGE);
}

export async function outboxMessage(db: DbOrTx, id: string) {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row ?? null;
}
