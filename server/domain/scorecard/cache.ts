import type { Db } from "@/db/client";
import { today } from "../shared/clock";
import { revisionOf } from "../shared/revision";
import { buildScorecard, type Scorecard } from "./compute";
import { loadPortfolio, type LoadedPortfolio } from "./portfolio";
import { Lru } from "./lru";
import { buildViews, type ScorecardViews } from "./views";

/** Workspaces whose computed scorecard is kept; the least recently viewed goes first. */
export const SCORECARD_CACHE_SIZE = 100;

type Entry = { key: string; loaded: LoadedPortfolio; scorecard?: Scorecard; views?: ScorecardViews };

const globalCache = globalThis as unknown as { __tripleCrownScorecards?: Lru<string, Entry> };
// Kept on globalThis so dev hot reloads do not drop it (like the db connection).
const cache = (globalCache.__tripleCrownScorecards ??= new Lru<string, Entry>(SCORECARD_CACHE_SIZE));

/**
 * Changes whenever any input of the workspace's scorecard may have changed:
 * every write bumps the workspace revision in the database (whichever app
 * instance or process made it), and the day (the server clock's) moves the
 * current period. Every read checks it, so a per-instance cache stays right.
 */
export async function scorecardStateKey(db: Db, workspaceId: string): Promise<string> {
  // The plan starts from the period containing today, so a new day may move it.
  return `${await revisionOf(db, workspaceId)}:${today()}`;
}

/**
 * The workspace's engine input, reloaded only when its state key changed. A
 * worker thread is given the key its caller computed, so both agree on it.
 */
export async function portfolioState(db: Db, workspaceId: string, givenKey?: string): Promise<Entry> {
  const key = givenKey ?? (await scorecardStateKey(db, workspaceId));
  let entry = cache.get(workspaceId);
  if (!entry || entry.key !== key) {
    entry = { key, loaded: await loadPortfolio(db, workspaceId) };
    cache.set(workspaceId, entry);
  }
  return entry;
}

/** The computed scorecard, shared by every view until the next change. Treat it as read-only. */
export async function cachedScorecard(db: Db, workspaceId: string, key?: string): Promise<Scorecard> {
  const entry = await portfolioState(db, workspaceId, key);
  entry.scorecard ??= buildScorecard(entry.loaded);
  return entry.scorecard;
}

/** The page-sized views of the cached scorecard, derived once per change. */
export async function cachedViews(db: Db, workspaceId: string, key?: string): Promise<ScorecardViews> {
  const entry = await portfolioState(db, workspaceId, key);
  entry.scorecard ??= buildScorecard(entry.loaded);
  entry.views ??= buildViews(entry.scorecard, entry.loaded);
  return entry.views;
}
