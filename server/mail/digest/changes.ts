/**
 * What a weekly digest says, from what the workspace looks like now and what
 * the last digest saw. Pure: the tests give it hand-made states.
 */
export type DigestSnapshot = {
  /** The top 10's initiative ids, in rank order. */
  top: string[];
  /** Each planned initiative's last period index (null: not scheduled). */
  ends: Record<string, number | null>;
};

export type RoadmapItem = { id: string; title: string; rank: number; scheduled: boolean; endPeriod: number | null };
export type StatusChange = { title: string; from: string; to: string };

export type DigestContent = {
  newInTop: string[];
  statusChanges: StatusChange[];
  slipped: string[];
};

export const TOP_N = 10;

export function snapshotOf(items: RoadmapItem[]): DigestSnapshot {
  const top = [...items].sort((a, b) => a.rank - b.rank).slice(0, TOP_N);
  return { top: top.map((i) => i.id), ends: Object.fromEntries(items.map((i) => [i.id, i.scheduled ? i.endPeriod : null])) };
}

/**
 * New entrants in the top 10 (all of it for a first digest), and roadmap
 * slips: an initiative planned to finish later than at the last digest, or
 * planned then and unscheduled now. `periodLabel` names a period index.
 */
export function digestContent(
  items: RoadmapItem[],
  before: DigestSnapshot | null,
  statusChanges: StatusChange[],
  periodLabel: (index: number) => string,
): DigestContent {
  const now = snapshotOf(items);
  const title = new Map(items.map((i) => [i.id, i.title]));
  const wasTop = new Set(before?.top ?? []);
  const newInTop = now.top.filter((id) => !wasTop.has(id)).map((id) => `#${now.top.indexOf(id) + 1} ${title.get(id) ?? id}`);
  const slipped: string[] = [];
  if (before) {
    for (const item of items) {
      const was = before.ends[item.id];
      const is = now.ends[item.id];
      if (was === undefined || was === null) continue;
      if (is === null || is === undefined) slipped.push(`${item.title}: no longer fits the plan (was due in ${periodLabel(was)})`);
      else if (is > was) slipped.push(`${item.title}: now due in ${periodLabel(is)} (was ${periodLabel(was)})`);
    }
  }
  return { newInTop, statusChanges, slipped };
}
