import { crownThresholdOf } from "@/server/scoring/model";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { shareLinks, workspaces } from "@/db/schema";
import { NotFoundError } from "../errors";
import { defineScorecardRead, readScorecard, sourceScorecard } from "../scorecard/read";
import { isOpen } from "../scorecard/compute";
import { hashShareToken } from "./token";

/** Rows a shared page shows at most; beyond, it says how many more there are. */
const SHARED_ROWS_LIMIT = 500;

/**
 * The workspace a live token opens. Unknown, expired and revoked tokens are
 * all the same NOT_FOUND, checked on every request (no cache), so revoking
 * takes effect at once.
 */
async function resolveShareToken(db: Db, token: string) {
  const link = (
    await db
      .select({
        workspaceId: shareLinks.workspaceId,
        expiresAt: shareLinks.expiresAt,
        revokedAt: shareLinks.revokedAt,
        label: shareLinks.label,
      })
      .from(shareLinks)
      .where(eq(shareLinks.tokenHash, hashShareToken(token)))
  )[0];
  if (!link || link.revokedAt !== null || link.expiresAt <= Date.now()) throw new NotFoundError("Share link");
  return link;
}

/**
 * What a share link shows: the ranked scorecard and the roadmap, read-only,
 * and nothing else. No ids, owners, decision reasons, comments or members:
 * the projection is built here field by field, so a new field in the
 * scorecard never leaks to the public page by accident.
 */
export async function viewSharedScorecard(db: Db, token: string) {
  const link = await resolveShareToken(db, token);
  return readScorecard(db, link.workspaceId, sharedRead, { label: link.label, expiresAt: link.expiresAt });
}

/** Made where the scorecard is (the worker, for a large workspace): only the projection crosses back. */
const sharedRead = defineScorecardRead("share.view", async (s, link: { label: string; expiresAt: number }) => {
  const ws = (
    await s.db.select({ name: workspaces.name, currency: workspaces.currency }).from(workspaces).where(eq(workspaces.id, s.workspaceId))
  )[0];
  if (!ws) throw new NotFoundError("Share link");
  const sc = await sourceScorecard(s);
  const realisedOf = (id: string) => {
    const r = sc.realised.get(id);
    return r ? { costReduction: r.costReduction, revenueGrowth: r.revenueGrowth, periodsReported: r.periodsReported } : null;
  };
  const robust = new Map(sc.sensitivity.rows.map((r) => [r.id, r.robust]));
  const title = new Map(sc.initiatives.map((i) => [i.id, i.title]));
  const open = sc.initiatives.filter(isOpen);
  const closed = sc.initiatives
    .filter((i) => !isOpen(i))
    .sort((a, b) => (a.status === b.status ? a.title.localeCompare(b.title) : a.status === "done" ? -1 : 1));
  const scheduled = sc.roadmap.items.filter((i) => i.scheduled);
  const unscheduled = sc.roadmap.items.filter((i) => !i.scheduled);
  return {
    workspace: { name: ws.name, currency: ws.currency },
    label: link.label,
    expiresAt: link.expiresAt,
    weights: { ...sc.model.weights },
    crownThreshold: crownThresholdOf(sc.model),
    headline: { ...sc.headline },
    /** The ranked table: open work only (docs/scoring.md v2). */
    initiatives: open.slice(0, SHARED_ROWS_LIMIT).map((i) => ({
      rank: i.rank,
      title: i.title,
      department: i.department,
      status: i.status,
      scores: { experience: i.scores.experience, cost: i.scores.cost, revenue: i.scores.revenue },
      crowns: i.crowns,
      tripleCrown: i.tripleCrown,
      valueScore: i.valueScore,
      priority: i.priority,
      npv: i.npv,
      paybackYears: i.paybackYears,
      confidence: i.confidence,
      robust: robust.get(i.id) ?? null,
      harmsExperience: i.flags.harmsExperience,
      notLinkedToOutcome: i.flags.notLinkedToOutcome,
    })),
    totalInitiatives: open.length,
    /** Done and cancelled work, apart from the ranking, with the realised sums where recorded (no notes). */
    closed: closed.slice(0, SHARED_ROWS_LIMIT).map((i) => ({
      title: i.title,
      department: i.department,
      status: i.status,
      valueScore: i.valueScore,
      crowns: i.crowns,
      realised: realisedOf(i.id),
    })),
    totalClosed: closed.length,
    roadmap: {
      currentPeriod: sc.calendar.currentPeriod,
      periods: sc.roadmap.periods.map((p) => ({
        index: p.index,
        label: p.label,
        capacity: p.capacity,
        used: p.used,
        overCapacity: p.overCapacity,
      })),
      scheduled: scheduled.slice(0, SHARED_ROWS_LIMIT).flatMap((i) =>
        i.scheduled
          ? [
              {
                rank: i.rank,
                title: i.title,
                status: i.status,
                kind: i.kind,
                startPeriod: i.startPeriod,
                endPeriod: i.endPeriod,
                tripleCrown: i.tripleCrown,
                overdue: i.overdue,
                extendsBeyondPlan: i.extendsBeyondPlan,
              },
            ]
          : [],
      ),
      unscheduled: unscheduled.slice(0, SHARED_ROWS_LIMIT).flatMap((i) =>
        i.scheduled
          ? []
          : [
              {
                rank: i.rank,
                title: i.title,
                status: i.status,
                reason: i.reason,
                blockedBy: (i.blockedBy ?? []).map((id) => title.get(id) ?? "another initiative"),
              },
            ],
      ),
      scheduledCount: scheduled.length,
      unscheduledCount: unscheduled.length,
      totals: { ...sc.roadmap.totals },
    },
  };
});
export { sharedRead };
