import { mailOutbox } from "@/db/schema";
import type { DbOrTx } from "@/db/database";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The template's name ("invitation", "password-reset", …). */
  kind: string;
  workspaceId?: string | null;
};

/**
 * Writes a message to the outbox inside the caller's transaction: it is sent
 * only if the action that caused it commits, and never while the request
 * waits (the poller sends it: drain.ts).
 */
export async function enqueueMail(tx: DbOrTx, message: OutgoingMail, now = Date.now()): Promise<string> {
  const id = await tx
    .insert(mailOutbox)
    .values({
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      kind: message.kind,
      workspaceId: message.workspaceId ?? null,
      status: "pending",
      attempts: 0,
      nextAttemptAt: now,
      lockedUntil: 0,
      createdAt: now,
    })
    .returning({ id: mailOutbox.id });
  return id[0]!.id;
}
