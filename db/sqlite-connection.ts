import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Db } from "./database";
import { Gate } from "./gate";
import { registerDatabase } from "./registry";
import * as schema from "./schema/sqlite";

const STATEMENT_CACHE_SIZE = 500;

/**
 * Opens a SQLite database with the pragmas reliability depends on: WAL
 * (readers never block the writer), foreign keys enforced, a busy timeout so a
 * concurrent writer waits instead of failing, synchronous=NORMAL which in WAL
 * mode still never corrupts and keeps every committed transaction across a
 * process crash.
 */
function openFile(file: string): Database.Database {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return sqlite;
}

/**
 * better-sqlite3 is synchronous, the domain is written once against an async
 * interface (it also runs on PostgreSQL). Drizzle's sqlite-proxy driver gives
 * that interface; each statement runs here, synchronously, on the one
 * connection. A transaction holds the connection's gate from BEGIN IMMEDIATE
 * to COMMIT; statements of other requests wait for it (decision 037).
 */
export function openSqlite(file: string): Db {
  const sqlite = openFile(file);
  const gate = new Gate();
  // Which transaction the running code belongs to, and which one holds the gate now: work a transaction body
  // left running after its commit carries a stale token and waits like anyone else.
  const inTransaction = new AsyncLocalStorage<object>();
  let holder: object | null = null;
  const statements = new Map<string, Database.Statement>();

  const prepare = (text: string): Database.Statement => {
    let statement = statements.get(text);
    if (statement) return statement;
    statement = sqlite.prepare(text);
    if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
    statements.set(text, statement);
    return statement;
  };

  const execute = (text: string, params: unknown[], method: "run" | "all" | "values" | "get") => {
    const statement = prepare(text);
    if (method === "run" || !statement.reader) return { rows: [], ...statement.run(...params) };
    statement.raw(true);
    return { rows: method === "get" ? (statement.get(...params) as unknown[]) : statement.all(...params) };
  };

  const db = drizzle(
    async (text, params, method) => {
      // Inside the transaction holding the gate, or nobody waiting: run now.
      if ((holder !== null && inTransaction.getStore() === holder) || !gate.held) return execute(text, params, method);
      const release = await gate.acquire();
      try {
        return execute(text, params, method);
      } finally {
        release();
      }
    },
    { schema },
  );

  const transaction = db.transaction.bind(db);
  db.transaction = (async (body: Parameters<Db["transaction"]>[0], config?: Parameters<Db["transaction"]>[1]) => {
    if (holder !== null && inTransaction.getStore() === holder) {
      throw new Error("A transaction was opened on the database inside another one: use the transaction's handle (tx).");
    }
    const release = await gate.acquire();
    const token = {};
    holder = token;
    try {
      return await inTransaction.run(token, () => transaction(body, { behavior: "immediate", ...config }));
    } finally {
      holder = null;
      release();
    }
  }) as Db["transaction"];

  registerDatabase(db, {
    dialect: "sqlite",
    file: sqlite.memory ? null : sqlite.name,
    sqlite,
    close: () => {
      if (sqlite.open) sqlite.close();
      return Promise.resolve();
    },
  });
  return db;
}
