import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase, type Db } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import {
  accountNotices,
  auditLog,
  decisions,
  idempotencyKeys,
  initiativeMeasures,
  initiatives,
  invitations,
  measures,
  periods,
  rateLimits,
  revokedSessions,
  ssoIdentities,
  workspaceSso,
  shareLinks,
  webhookDeliveries,
  webhooks,
} from "@/db/schema";
import * as pgTables from "@/db/schema/pg";
import { CopyRefusedError } from "@/server/cli/db-copy/checks";
import { runDbCopy } from "@/server/cli/db-copy/run";
import { makeUser, makeWorkspace } from "../helpers/factories";
import { makeRichWorkspace } from "../helpers/transfer-factories";
import { createDatabase, startThrowawayPostgres, type ThrowawayPostgres } from "../support/postgres-cluster";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
let cluster: ThrowawayPostgres;
let dir = "";
let source = "";
let databases = 0;

/** Past 2^32 and far past 2^31: the epoch-ms columns must keep every digit. */
const YEAR_2100 = 4_102_444_800_000;
const AUDIT_JSON = { zeta: 1, alpha: [3, 1, 2], nested: { b: true, a: null, text: "naïve — ✓" } };
const AUDIT_ROWS = 1_200;

/** What the seeded file holds, counted by hand from the factories and the inserts below. */
const EXPECTED_ROWS: Record<string, number> = {
  users: 3, // the admin, the editor, the notice reader (the invitee has not signed up)
  // Mail tables (decision 048): the fixture writes none; copied and checked like the others.
  account_tokens: 0,
  mail_outbox: 0,
  digest_subscriptions: 0,
  workspaces: 1,
  memberships: 2,
  invitations: 1,
  audit_log: 1 + AUDIT_ROWS, // createWorkspace's "create" row + ours
  categories: 2,
  canvases: 2,
  moments: 3,
  measures: 2,
  measure_actuals: 2,
  periods: 2,
  scoring_models: 2, // the default model + the rich workspace's model 2
  initiatives: 4,
  initiative_effects: 3,
  initiative_dependencies: 3,
  initiative_assumptions: 2,
  initiative_results: 1,
  initiative_measures: 1,
  decisions: 1,
  comments: 2,
  scenarios: 0,
  scenario_capacities: 0,
  scenario_initiatives: 0,
  plan_adoptions: 0,
  share_links: 1,
  api_tokens: 0,
  idempotency_keys: 1,
  rate_limits: 2,
  revoked_sessions: 1,
  account_notices: 1,
  webhooks: 1,
  webhook_deliveries: 1,
  workspace_sso: 1,
  sso_identities: 1,
};

async function seed(db: Db): Promise<void> {
  const { workspace, admin, members } = await makeWorkspace(db, { name: "Garage Nord", members: ["editor"] });
  const editor = members.editor!;
  await makeRichWorkspace(db, workspace.id, { owner: admin.id, author: editor.id });
  const [platform] = await db.select().from(initiatives).where(eq(initiatives.title, "Booking platform"));
  const [measure] = await db.select().from(measures).where(eq(measures.workspaceId, workspace.id)).limit(1);
  const [period] = await db.select().from(periods).where(eq(periods.workspaceId, workspace.id)).limit(1);
  await db.insert(initiativeMeasures).values({
    workspaceId: workspace.id,
    initiativeId: platform!.id,
    measureId: measure!.id,
    expectedChange: -2.5,
    byPeriodId: period!.id,
  });
  await db.insert(decisions).values({
    workspaceId: workspace.id,
    initiativeId: platform!.id,
    fromStatus: "proposed",
    outcome: "approved",
    reason: "Worth it — ✓",
    decidedBy: admin.id,
    modelNumber: 2,
    figures: { valueScore: 14.25, rank: 2, scores: { experience: 3, cost: -0.5, revenue: 1 } },
    decidedAt: YEAR_2100,
  });
  const reader = await makeUser(db, { name: "Notice Reader" });
  await db.insert(auditLog).values({
    workspaceId: workspace.id,
    actorId: admin.id,
    entityType: "initiative",
    entityId: "special",
    action: "update",
    before: AUDIT_JSON,
    after: null,
    version: 7,
    baseVersion: 6,
    changes: ["title", "status"],
    createdAt: YEAR_2100,
  });
  await db.insert(auditLog).values(
    Array.from({ length: AUDIT_ROWS - 1 }, (_, n) => ({
      workspaceId: workspace.id,
      actorId: n % 2 ? editor.id : null,
      entityType: "measure",
      entityId: `m${n}`,
      action: "create",
      after: { n, half: n / 2 },
      createdAt: 1_700_000_000_000 + n,
    })),
  );
  await db.insert(rateLimits).values([
    {
      key: "signin:account:a@example.test",
      windowStart: 1_700_000_000_000,
      count: 9,
      blockedUntil: YEAR_2100,
      lastAt: 1_700_000_000_500,
      expiresAt: YEAR_2100,
    },
    { key: "signin:ip:127.0.0.1", windowStart: 1_700_000_000_000, count: 1, lastAt: 1_700_000_000_000, expiresAt: 1_700_000_900_000 },
  ]);
  await db.insert(revokedSessions).values({ sessionId: "session-1", userId: editor.id, expiresAt: YEAR_2100 });
  await db.insert(accountNotices).values({ userId: reader.id, message: "Your password was changed.", seenAt: null });
  await db.insert(workspaceSso).values({
    workspaceId: workspace.id,
    issuer: "https://login.garage-nord.example",
    clientId: "crown",
    clientSecretSealed: "v1.sealed-text",
    allowedDomains: ["garage-nord.example", "naïve.example"],
    defaultRole: "tracker",
    enabled: true,
    passwordSignInDisabled: true,
    testedAt: YEAR_2100,
  });
  await db.insert(ssoIdentities).values({ workspaceId: workspace.id, subject: "sub-1", userId: editor.id, lastSignInAt: YEAR_2100 });
  await db.insert(idempotencyKeys).values({
    userId: admin.id,
    key: "key-1",
    scope: "initiative.create",
    response: [{ id: "x", title: "Booking platform" }],
    createdAt: 1_700_000_000_000,
  });
  await db.insert(shareLinks).values({
    workspaceId: workspace.id,
    label: "Board",
    tokenHash: "hash-share",
    createdBy: admin.id,
    expiresAt: YEAR_2100,
    createdAt: 1_700_000_000_000,
  });
  await db.insert(webhooks).values({
    id: "hook",
    workspaceId: workspace.id,
    url: "https://hooks.example.test/in",
    events: ["initiative.created", "roadmap.changed"],
    secretSealed: "v1.sealed",
    createdBy: admin.id,
    createdAt: 1_700_000_000_000,
  });
  await db.insert(webhookDeliveries).values({
    workspaceId: workspace.id,
    hookId: "hook",
    eventId: "event",
    eventType: "initiative.created",
    payload: '{"id":"event","data":{"title":"naïve — ✓"}}',
    nextAttemptAt: YEAR_2100,
    createdAt: 1_700_000_000_000,
  });
  await db.insert(invitations).values({
    workspaceId: workspace.id,
    email: "new@example.test",
    role: "viewer",
    tokenHash: "hash-invite",
    invitedBy: admin.id,
    expiresAt: YEAR_2100,
  });
}

async function freshDatabase(): Promise<string> {
  return await createDatabase(cluster.adminUrl, `copy_${++databases}`);
}

async function query<T = Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Rows in every app table of a PostgreSQL database, the empty ones too. */
async function counts(url: string): Promise<Record<string, number>> {
  const names = Object.keys(EXPECTED_ROWS);
  const rows = await query<{ t: string; n: string }>(
    url,
    names.map((t) => `select '${t}' as t, count(*) as n from "${t}"`).join(" union all "),
  );
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}

const NOTHING = Object.fromEntries(Object.keys(EXPECTED_ROWS).map((t) => [t, 0]));

beforeAll(async () => {
  cluster = await startThrowawayPostgres();
  dir = mkdtempSync(path.join(tmpdir(), "tc-db-copy-"));
  source = path.join(dir, "triple-crown.db");
  const db = openDatabase(source);
  await applyMigrations(db);
  await seed(db);
  await closeDatabase(db);
});
afterAll(() => {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("db:copy from SQLite to PostgreSQL", () => {
  it("copies all 37 tables in small batches and checks every count and checksum", async () => {
    const url = await freshDatabase();
    const result = await runDbCopy({ from: source, to: url, batchRows: 7 });

    expect(result.ok).toBe(true);
    expect(Object.fromEntries(result.copied.map((c) => [c.table, c.rows]))).toEqual(EXPECTED_ROWS);
    expect(result.checks).toHaveLength(37);
    for (const check of result.checks) {
      expect(check, check.table).toMatchObject({
        ok: true,
        sqliteRows: EXPECTED_ROWS[check.table],
        postgresRows: EXPECTED_ROWS[check.table],
      });
      expect(check.postgresChecksum).toMatch(/^[0-9a-f]{64}$/);
      expect(check.postgresChecksum).toBe(check.sqliteChecksum);
    }
    // Parents first: a child never comes before a table it references.
    const order = result.copied.map((c) => c.table);
    expect(order.indexOf("users")).toBeLessThan(order.indexOf("memberships"));
    expect(order.indexOf("workspaces")).toBeLessThan(order.indexOf("memberships"));
    expect(order.indexOf("initiatives")).toBeLessThan(order.indexOf("initiative_dependencies"));
    expect(order.indexOf("periods")).toBeLessThan(order.indexOf("initiative_results"));
    expect(order.indexOf("canvases")).toBeLessThan(order.indexOf("moments"));
    expect(await counts(url)).toEqual(EXPECTED_ROWS);

    // The values, read back through the app's own PostgreSQL tables.
    const db = openDatabase(url) as unknown as import("drizzle-orm/node-postgres").NodePgDatabase<typeof pgTables>;
    try {
      const [platform] = await db.select().from(pgTables.initiatives).where(eq(pgTables.initiatives.title, "Booking platform"));
      expect(platform).toMatchObject({
        costLow: 50_000,
        costLikely: 80_000,
        costHigh: 120_000,
        revenueLikely: 40_000,
        revenueHigh: 90_000,
        investment: 150_000,
        effort: 8,
        durationPeriods: 2,
        confidence: 0.8,
        startPeriod: 0,
        pinnedPeriod: null,
        progress: 40,
        status: "in_progress",
      });
      const assumptions = await db
        .select()
        .from(pgTables.initiativeAssumptions)
        .where(eq(pgTables.initiativeAssumptions.initiativeId, platform!.id));
      expect(Object.fromEntries(assumptions.map((a) => [a.text, a.critical]))).toEqual({
        "Half of bookings move online": true,
        "Dealer system API is late": false,
      });
      const [audit] = await db.select().from(pgTables.auditLog).where(eq(pgTables.auditLog.entityId, "special"));
      expect(JSON.stringify(audit!.before)).toBe('{"zeta":1,"alpha":[3,1,2],"nested":{"b":true,"a":null,"text":"naïve — ✓"}}');
      expect(audit).toMatchObject({ after: null, changes: ["title", "status"], version: 7, baseVersion: 6, createdAt: 4_102_444_800_000 });
      const [limit] = await db.select().from(pgTables.rateLimits).where(eq(pgTables.rateLimits.key, "signin:account:a@example.test"));
      expect(limit).toEqual({
        key: "signin:account:a@example.test",
        windowStart: 1_700_000_000_000,
        count: 9,
        blockedUntil: 4_102_444_800_000,
        lastAt: 1_700_000_000_500,
        expiresAt: 4_102_444_800_000,
      });
      const [hook] = await db.select().from(pgTables.webhooks);
      expect(hook).toMatchObject({ events: ["initiative.created", "roadmap.changed"], state: "active", consecutiveFailures: 0 });
      const [delivery] = await db.select().from(pgTables.webhookDeliveries);
      expect(delivery).toMatchObject({
        payload: '{"id":"event","data":{"title":"naïve — ✓"}}',
        nextAttemptAt: YEAR_2100,
        status: "pending",
      });
      const [stored] = await db.select().from(pgTables.idempotencyKeys);
      expect(stored!.response).toEqual([{ id: "x", title: "Booking platform" }]);
      const [speed] = await db.select().from(pgTables.categories).where(eq(pgTables.categories.name, "Time is money"));
      expect(speed).toMatchObject({ size: 12_000, weight: 2, digitalSavviness: "high" });
      // The JSON column holds the same text PostgreSQL-side, not a re-ordered jsonb.
      const [raw] = await query<{ before: string }>(url, "select before::text as before from audit_log where entity_id = 'special'");
      expect(raw!.before).toBe('{"zeta":1,"alpha":[3,1,2],"nested":{"b":true,"a":null,"text":"naïve — ✓"}}');
    } finally {
      await closeDatabase(db as unknown as Db);
    }
  });

  it("runs as `npm run db:copy`, prints the table and exits 0; a second run into the same database is refused and changes nothing", async () => {
    const url = await freshDatabase();
    const env = { ...process.env, DATABASE_PATH: source, DATABASE_URL: url };
    const out = execFileSync(process.execPath, [tsx, "server/cli/db-copy.ts"], {
      cwd: root,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(out).toMatch(/^table\s+sqlite rows\s+postgres rows\s+checksum$/m);
    expect(out).toMatch(/^audit_log\s+1201\s+1201\s+ok$/m);
    expect(out).toMatch(/^initiatives\s+4\s+4\s+ok$/m);
    expect(out).toContain("Copied 1250 rows in 37 tables; every count and checksum matches.");
    expect(out.match(/ ok$/gm)).toHaveLength(37);

    const again = spawnSync(process.execPath, [tsx, "server/cli/db-copy.ts", "--from", source, "--to", url], {
      cwd: root,
      env: process.env,
      encoding: "utf8",
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("The PostgreSQL database already has data (");
    expect(again.stderr).toContain("1 row in workspaces");
    expect(again.stderr).toContain("1201 rows in audit_log");
    expect(again.stderr).toContain("; copy into an empty database.");
    expect(await counts(url)).toEqual(EXPECTED_ROWS);
  });

  it("refuses a target holding a single row and leaves it as it was", async () => {
    const url = await freshDatabase();
    const db = openDatabase(url);
    await applyMigrations(db);
    await closeDatabase(db);
    await query(
      url,
      "insert into users (id, name, email, password_hash, created_at, updated_at) values ('u1', 'Early', 'early@example.test', 'x', 1, 1)",
    );

    await expect(runDbCopy({ from: source, to: url })).rejects.toThrow(
      new CopyRefusedError("The PostgreSQL database already has data (1 row in users); copy into an empty database."),
    );
    expect(await counts(url)).toEqual({ ...NOTHING, users: 1 });
    expect(await query(url, "select id, email from users")).toEqual([{ id: "u1", email: "early@example.test" }]);
  });

  it("leaves the target empty when a batch fails half-way", async () => {
    const url = await freshDatabase();
    const seen: string[] = [];
    const failing = runDbCopy({
      from: source,
      to: url,
      batchRows: 100,
      beforeBatch: (table, batch) => {
        seen.push(`${table}#${batch}`);
        if (table === "audit_log" && batch === 3) throw new Error("disk full (injected)");
      },
    });
    await expect(failing).rejects.toThrow("disk full (injected)");
    // Rows went in before the failure: users, workspaces and two audit batches.
    expect(seen).toContain("users#1");
    expect(seen).toContain("audit_log#2");
    expect(await counts(url)).toEqual(NOTHING);
  });

  it("leaves the target empty when PostgreSQL refuses a row (a foreign key SQLite did not enforce)", async () => {
    const broken = path.join(dir, "orphan.db");
    copyFileSync(source, broken);
    const sqlite = new Database(broken);
    sqlite.pragma("foreign_keys = off");
    sqlite.prepare("update comments set author_id = 'nobody' where body = 'Agreed with the service desk'").run();
    sqlite.close();

    const url = await freshDatabase();
    await expect(runDbCopy({ from: broken, to: url })).rejects.toThrow(/comments_author_id_users_id_fk/);
    expect(await counts(url)).toEqual(NOTHING);
  });

  it("names the table whose values differ, exits unsuccessfully and keeps nothing", async () => {
    const url = await freshDatabase();
    const result = await runDbCopy({
      from: source,
      to: url,
      beforeVerify: async (client) => {
        await client.query("update initiatives set confidence = 0.81 where title = 'Booking platform'");
        await client.query("delete from revoked_sessions");
      },
    });
    expect(result.ok).toBe(false);
    expect(result.checks.filter((c) => !c.ok).map((c) => c.table)).toEqual(["initiatives", "revoked_sessions"]);
    const initiatives = result.checks.find((c) => c.table === "initiatives")!;
    expect(initiatives).toMatchObject({ sqliteRows: 4, postgresRows: 4 });
    expect(initiatives.postgresChecksum).not.toBe(initiatives.sqliteChecksum);
    expect(result.checks.find((c) => c.table === "revoked_sessions")).toMatchObject({ sqliteRows: 1, postgresRows: 0 });
    expect(await counts(url)).toEqual(NOTHING);
  });

  it("refuses a SQLite file that lacks the latest migration and tells how to bring it up to date", async () => {
    const old = path.join(dir, "old.db");
    copyFileSync(source, old);
    const sqlite = new Database(old);
    sqlite.prepare("delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)").run();
    sqlite.close();

    const url = await freshDatabase();
    const refused = runDbCopy({ from: old, to: url });
    await expect(refused).rejects.toThrow(CopyRefusedError);
    await expect(refused).rejects.toThrow(/lacks 1 of the \d+ migrations of this version\. Start the app once .*npm run db:migrate/);
    // Refused before PostgreSQL was touched: not even the migrations ran.
    expect(await query(url, "select count(*)::int as n from information_schema.tables where table_name = 'users'")).toEqual([{ n: 0 }]);
  });
});
