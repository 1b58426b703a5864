import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { claimDueMail } from "@/server/outbox/claim";
import { drainOutbox } from "@/server/outbox/drain";
import { enqueueMail } from "@/server/outbox/enqueue";
import { smtpTransport } from "@/server/outbox/transport";
import { createTestDb } from "../../helpers/db";
import { SmtpCatcher } from "./smtp-catcher";

const T0 = Date.UTC(2026, 7, 15, 9, 0, 0);
const MINUTE = 60_000;

function message(to: string, subject = "Hello") {
  return { to, subject, text: `Plain text for ${to}`, html: `<p>HTML for ${to}</p>`, kind: "test" };
}

async function rowOf(db: Db, id: string) {
  return (await db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0]!;
}

let db: Db;
const smtp = new SmtpCatcher();
beforeAll(async () => {
  await smtp.start();
});
afterAll(async () => {
  await smtp.stop();
});
beforeEach(async () => {
  db = await createTestDb();
  smtp.mails.length = 0;
});

describe("the mail outbox", () => {
  it("sends a due message through a real SMTP server and marks it sent", async () => {
    const id = await enqueueMail(db, message("ada@example.com", "Welcome"), T0);
    const result = await drainOutbox(db, T0, smtpTransport(smtp.url));
    expect(result).toEqual({ sent: 1, retried: 0, failed: 0, kept: 0 });
    expect(smtp.to("ada@example.com")).toHaveLength(1);
    expect(smtp.mails[0]!.body).toContain("Subject: Welcome");
    expect(smtp.mails[0]!.body).toContain("Plain text for ada@example.com");
    expect(smtp.mails[0]!.body).toContain("<p>HTML for ada@example.com</p>");
    expect(await rowOf(db, id)).toMatchObject({ status: "sent", attempts: 1, sentAt: T0, lastError: null });
    // Sent once: a second round finds nothing due.
    expect(await drainOutbox(db, T0 + 10 * MINUTE, smtpTransport(smtp.url))).toEqual({ sent: 0, retried: 0, failed: 0, kept: 0 });
    expect(smtp.mails).toHaveLength(1);
  });

  it("writes nothing when the action's transaction rolls back", async () => {
    await expect(
      db.transaction(async (tx) => {
        await enqueueMail(tx, message("rolled@example.com"), T0);
        throw new Error("the action failed");
      }),
    ).rejects.toThrow("the action failed");
    expect(await db.select().from(mailOutbox)).toEqual([]);
    expect(await drainOutbox(db, T0, smtpTransport(smtp.url))).toMatchObject({ sent: 0 });
  });

  it("keeps a message pending while the SMTP server is down, counts the attempts, and delivers it once the server is back", async () => {
    const id = await enqueueMail(db, message("bea@example.com"), T0);
    await smtp.stop();
    try {
      expect(await drainOutbox(db, T0, smtpTransport(smtp.url))).toMatchObject({ sent: 0, retried: 1 });
      const first = await rowOf(db, id);
      expect(first).toMatchObject({ status: "pending", attempts: 1, nextAttemptAt: T0 + 1 * MINUTE, lockedUntil: 0 });
      expect(first.lastError).toMatch(/ECONNREFUSED|connect/i);

      // Not due before its back-off has passed.
      expect(await drainOutbox(db, T0 + 30_000, smtpTransport(smtp.url))).toMatchObject({ retried: 0, sent: 0 });

      expect(await drainOutbox(db, T0 + 1 * MINUTE, smtpTransport(smtp.url))).toMatchObject({ retried: 1 });
      expect(await rowOf(db, id)).toMatchObject({ status: "pending", attempts: 2, nextAttemptAt: T0 + 1 * MINUTE + 5 * MINUTE });
    } finally {
      await smtp.start();
    }
    expect(await drainOutbox(db, T0 + 6 * MINUTE, smtpTransport(smtp.url))).toMatchObject({ sent: 1 });
    expect(await rowOf(db, id)).toMatchObject({ status: "sent", attempts: 3, sentAt: T0 + 6 * MINUTE, lastError: null });
    expect(smtp.to("bea@example.com")).toHaveLength(1);
  });

  it("gives a message up as failed when it is still unsent two days after it was written", async () => {
    const id = await enqueueMail(db, message("cy@example.com"), T0);
    const refuse = { send: () => Promise.reject(new Error("550 mailbox unavailable")) };
    // 1 min, 5 min, 30 min, 2 h, then every 6 h: attempts at 0, 1m, 6m, 36m, 2h36m, 8h36m, … 44h36m; the next would be 50h36m.
    const times = [0, 1, 6, 36, 156, 516, 876, 1236, 1596, 1956, 2316, 2676].map((m) => T0 + m * MINUTE);
    for (const t of times.slice(0, -1)) expect(await drainOutbox(db, t, refuse)).toMatchObject({ retried: 1, failed: 0 });
    expect(await drainOutbox(db, times.at(-1), refuse)).toMatchObject({ retried: 0, failed: 1 });
    expect(await rowOf(db, id)).toMatchObject({ status: "failed", attempts: 12, lastError: "550 mailbox unavailable" });
    expect(await drainOutbox(db, T0 + 100 * 60 * MINUTE, refuse)).toMatchObject({ failed: 0, retried: 0 });
  });

  it("without an SMTP server, keeps the message in the outbox instead of sending it", async () => {
    const id = await enqueueMail(db, message("dee@example.com"), T0);
    expect(await drainOutbox(db, T0, null)).toEqual({ sent: 0, retried: 0, failed: 0, kept: 1 });
    expect(await rowOf(db, id)).toMatchObject({ status: "kept", attempts: 0, sentAt: null });
    expect(await drainOutbox(db, T0 + MINUTE, smtpTransport(smtp.url))).toMatchObject({ sent: 0 });
  });
});

describe("claiming due messages", () => {
  it("gives each row to one claimer when two claim at once, and not again while the lease holds", async () => {
    for (let i = 0; i < 30; i++) await enqueueMail(db, message(`p${i}@example.com`), T0);
    const [a, b] = await Promise.all([claimDueMail(db, T0, 20), claimDueMail(db, T0, 20)]);
    const ids = [...a, ...b].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(30);
    // Leased for 2 minutes: nobody takes them before the lease runs out, everyone after.
    expect(await claimDueMail(db, T0 + 2 * MINUTE - 1, 50)).toEqual([]);
    expect(await claimDueMail(db, T0 + 2 * MINUTE, 50)).toHaveLength(30);
  });
});
