import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/database";
import { mailOutbox } from "@/db/schema";
import { logger } from "@/server/log";
import { nextRetryAt } from "./retry-schedule";
import { claimDueMail, type ClaimedMail } from "./claim";
import { smtpTransport, type MailTransport } from "./transport";

export type DrainResult = { sent: number; retried: number; failed: number; kept: number };

/** A message still unsent two days after it was written is given up (status "failed"). */
export const GIVE_UP_AFTER_MS = 48 * 60 * 60_000;

/** The longest error text kept on a row: enough to read, not a stack trace. */
const ERROR_MAX = 500;

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, ERROR_MAX);
}

/**
 * Processes the due messages once: claims them, sends each, and records the
 * outcome on the rows this poller still holds (`locked_until` unchanged).
 * Without a transport (no SMTP_URL) each is kept in the outbox and written to
 * the log, where an installation without mail can still read it. `now` is
 * the clock, so tests drive time by argument instead of sleeping.
 */
export async function drainOutbox(db: DbOrTx, now = Date.now(), transport: MailTransport | null = smtpTransport()): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, retried: 0, failed: 0, kept: 0 };
  for (const row of await claimDueMail(db, now)) {
    const held = and(eq(mailOutbox.id, row.id), eq(mailOutbox.lockedUntil, row.lockedUntil));
    if (!transport) {
      await db.update(mailOutbox).set({ status: "kept", lockedUntil: 0, lastError: null }).where(held);
      logKept(row);
      result.kept++;
      continue;
    }
    try {
      await transport.send({ to: row.to, subject: row.subject, text: row.text, html: row.html });
      await db
        .update(mailOutbox)
        .set({ status: "sent", attempts: row.attempts + 1, sentAt: now, lockedUntil: 0, lastError: null })
        .where(held);
      result.sent++;
    } catch (error) {
      const attempts = row.attempts + 1;
      const next = nextRetryAt(attempts, row.createdAt, now, GIVE_UP_AFTER_MS);
      await db
        .update(mailOutbox)
        .set({
          status: next === null ? "failed" : "pending",
          attempts,
          nextAttemptAt: next ?? row.nextAttemptAt,
          lockedUntil: 0,
          lastError: errorText(error),
        })
        .where(held);
      logger.warn(
        { mailId: row.id, kind: row.kind, attempts, error: errorText(error) },
        next === null ? "mail given up" : "mail not sent; will retry",
      );
      if (next === null) result.failed++;
      else result.retried++;
    }
  }
  return result;
}

function logKept(row: ClaimedMail): void {
  // The whole text: without SMTP the log and /admin/outbox are where a reset link can be read (decision 048).
  logger.info(
    { mailId: row.id, kind: row.kind, to: row.to, subject: row.subject, body: row.text },
    "mail kept in outbox (SMTP_URL is not set)",
  );
}
