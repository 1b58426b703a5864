import type Database from "better-sqlite3";
import type { Db } from "@/db/client";
import type { DbOrTx } from "../shared/context";

/**
 * Rate-limit counters kept in the database (table rate_limits), so every app
 * instance on the same database sees the same counts (decision 023). Each
 * update is one SQL statement, atomic across connections. Statements are
 * prepared once per connection: these run on every sign-in attempt.
 */
type LimitRow = { count: number; windowStart: number; blockedUntil: number; lastAt: number; expiresAt: number };

type Statements = {
  get: Database.Statement<[string, number], LimitRow>;
  hit: Database.Statement<{ key: string; now: number; windowMs: number }, LimitRow>;
  block: Database.Statement<{ key: string; until: number; expiresAt: number }>;
  sweep: Database.Statement<[number]>;
  sweepSessions: Database.Statement<[number]>;
};

const prepared = new WeakMap<Database.Database, Statements>();
const lastSweep = new WeakMap<Database.Database, number>();
const SWEEP_EVERY_MS = 60_000;

function client(db: DbOrTx): Database.Database {
  return (db as Db).$client ?? (db as unknown as { session: { client: Database.Database } }).session.client;
}

function statements(sqlite: Database.Database): Statements {
  let s = prepared.get(sqlite);
  if (!s) {
    const cols = "count, window_start as windowStart, blocked_until as blockedUntil, last_at as lastAt, expires_at as expiresAt";
    s = {
      get: sqlite.prepare(`select ${cols} from rate_limits where key = ? and expires_at > ?`),
      // A window that has run out starts again at one; otherwise the count goes up.
      hit: sqlite.prepare(
        `insert into rate_limits (key, window_start, count, blocked_until, last_at, expires_at)
         values (@key, @now, 1, 0, @now, @now + @windowMs)
         on conflict (key) do update set
           count = case when expires_at <= @now then 1 else count + 1 end,
           window_start = case when expires_at <= @now then @now else window_start end,
           blocked_until = case when expires_at <= @now then 0 else blocked_until end,
           expires_at = case when expires_at <= @now then @now + @windowMs else expires_at end,
           last_at = @now
         returning ${cols}`,
      ),
      block: sqlite.prepare("update rate_limits set blocked_until = @until, expires_at = max(expires_at, @expiresAt) where key = @key"),
      sweep: sqlite.prepare("delete from rate_limits where expires_at <= ?"),
      sweepSessions: sqlite.prepare("delete from revoked_sessions where expires_at <= ?"),
    };
    prepared.set(sqlite, s);
  }
  return s;
}

/** Deletes dead counters (and revoked sessions past their expiry) at most once a minute per connection. */
function sweep(sqlite: Database.Database, s: Statements, now: number): void {
  const last = lastSweep.get(sqlite) ?? 0;
  if (now - last < SWEEP_EVERY_MS && now >= last) return;
  lastSweep.set(sqlite, now);
  s.sweep.run(now);
  s.sweepSessions.run(now);
}

/** The live counter of a key, or undefined when it has none (or it has expired). */
export function readLimit(db: DbOrTx, key: string, now: number): LimitRow | undefined {
  return statements(client(db)).get.get(key, now);
}

/** Counts one event in a fixed window of `windowMs` that starts with the key's first event; returns the counter after it. */
export function hitLimit(db: DbOrTx, key: string, windowMs: number, now: number): LimitRow {
  const sqlite = client(db);
  const s = statements(sqlite);
  sweep(sqlite, s, now);
  return s.hit.get({ key, now, windowMs: Math.round(windowMs) })!;
}

/** Refuses the key's next attempts until `until`; keeps the row at least that long. */
export function blockLimit(db: DbOrTx, key: string, until: number, keepUntil: number): void {
  statements(client(db)).block.run({ key, until, expiresAt: Math.max(until, keepUntil) });
}

/** Milliseconds until a fixed window with `limit` events allows another, or 0 when it allows one now. */
export function windowWaitMs(db: DbOrTx, key: string, limit: number, now: number): number {
  const row = readLimit(db, key, now);
  return row && row.count >= limit ? row.expiresAt - now : 0;
}

/** "15 minutes", "1 minute", "40 seconds": the wait as a person reads it. */
export function describeWait(ms: number): string {
  if (ms < 60_000) {
    const s = Math.max(1, Math.ceil(ms / 1000));
    return `${s} second${s === 1 ? "" : "s"}`;
  }
  const m = Math.ceil(ms / 60_000);
  return `${m} minute${m === 1 ? "" : "s"}`;
}
