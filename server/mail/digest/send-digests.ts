import { and, asc, eq, gte, isNull, lte, or } from "drizzle-orm";
import type { Db } from "@/db/database";
import { auditLog, digestSubscriptions, memberships, users, workspaces } from "@/db/schema";
import { appUrl } from "@/server/config/app-url";
import { readScorecard } from "@/server/domain/scorecard/read";
import { roadmapRead } from "@/server/domain/scorecard/service";
import { statusLabel } from "@/server/format/words";
import { enqueueMail } from "@/server/outbox/enqueue";
import { digestMail } from "../templates/digest";
import { digestContent, snapshotOf, type DigestSnapshot, type StatusChange } from "./changes";
import { daysBefore, isoDay, startOfDay } from "./days";
import { unsubscribeToken } from "./unsubscribe-token";

/** Digests written per poller round; the rest wait for the next round. */
const PER_ROUND = 50;

type Due = typeof digestSubscriptions.$inferSelect & { email: string; name: string; workspaceName: string; slug: string };

function dueWhere(cutoff: string) {
  return or(isNull(digestSubscriptions.lastSentOn), lte(digestSubscriptions.lastSentOn, cutoff));
}

async function statusChangesSince(db: Db, workspaceId: string, since: number): Promise<StatusChange[]> {
  const rows = await db
    .select({ before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.entityType, "initiative"), gte(auditLog.createdAt, since)))
    .orderBy(asc(auditLog.createdAt), asc(auditLog.id))
    .limit(500);
  const changes: StatusChange[] = [];
  for (const { before, after } of rows) {
    const b = before as { status?: string } | null;
    const a = after as { status?: string; title?: string } | null;
    if (b?.status && a?.status && b.status !== a.status)
      changes.push({ title: a.title ?? "", from: statusLabel(b.status), to: statusLabel(a.status) });
  }
  return changes;
}

function parseSnapshot(text: string | null): DigestSnapshot | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as DigestSnapshot;
  } catch {
    return null;
  }
}

/**
 * The weekly digests due now: each subscription whose last digest is 7 or
 * more days old. The content is read first; then one transaction moves the
 * subscription's last-sent day to today only if it is still due and writes
 * the mail, so two instances checking at once send one digest between them,
 * and a crash between the two sends none (the next round tries again).
 */
export async function sendDueDigests(db: Db, now = Date.now()): Promise<number> {
  const today = isoDay(now);
  const cutoff = daysBefore(now, 7);
  const due: Due[] = await db
    .select({
      id: digestSubscriptions.id,
      userId: digestSubscriptions.userId,
      workspaceId: digestSubscriptions.workspaceId,
      lastSentOn: digestSubscriptions.lastSentOn,
      snapshot: digestSubscriptions.snapshot,
      createdAt: digestSubscriptions.createdAt,
      email: users.email,
      name: users.name,
      workspaceName: workspaces.name,
      slug: workspaces.slug,
    })
    .from(digestSubscriptions)
    .innerJoin(users, eq(users.id, digestSubscriptions.userId))
    .innerJoin(workspaces, eq(workspaces.id, digestSubscriptions.workspaceId))
    // Only while still a member: someone who left gets no more news of the workspace.
    .innerJoin(
      memberships,
      and(eq(memberships.userId, digestSubscriptions.userId), eq(memberships.workspaceId, digestSubscriptions.workspaceId)),
    )
    .where(dueWhere(cutoff))
    .orderBy(asc(digestSubscriptions.lastSentOn), asc(digestSubscriptions.id))
    .limit(PER_ROUND);
  let written = 0;
  for (const sub of due) {
    const roadmap = await readScorecard(db, sub.workspaceId, roadmapRead, undefined);
    const items = roadmap.items.map((i) => ({
      id: i.id,
      title: i.title,
      rank: i.rank,
      scheduled: i.scheduled,
      endPeriod: i.scheduled ? i.endPeriod : null,
    }));
    const labels = new Map(roadmap.periods.map((p) => [p.index, p.label]));
    const before = parseSnapshot(sub.snapshot);
    const since = sub.lastSentOn ? startOfDay(sub.lastSentOn) : sub.createdAt;
    const content = digestContent(
      items,
      before,
      await statusChangesSince(db, sub.workspaceId, since),
      (i) => labels.get(i) ?? `period ${i + 1}`,
    );
    const mail = digestMail({
      name: sub.name,
      workspaceName: sub.workspaceName,
      first: before === null,
      content,
      workspaceLink: appUrl(`/w/${sub.slug}`),
      unsubscribeLink: appUrl(`/unsubscribe?token=${encodeURIComponent(unsubscribeToken(sub.id))}`),
    });
    const sent = await db.transaction(async (tx) => {
      const [claimed] = await tx
        .update(digestSubscriptions)
        .set({ lastSentOn: today, snapshot: JSON.stringify(snapshotOf(items)) })
        .where(and(eq(digestSubscriptions.id, sub.id), dueWhere(cutoff)))
        .returning({ id: digestSubscriptions.id });
      if (!claimed) return false;
      await enqueueMail(tx, { ...mail, to: sub.email, kind: "digest", workspaceId: sub.workspaceId }, now);
      return true;
    });
    if (sent) written++;
  }
  return written;
}
