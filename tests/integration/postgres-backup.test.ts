import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, startThrowawayPostgres, type ThrowawayPostgres } from "../support/postgres-cluster";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
// The throw-away server trusts every local connection, so any password is accepted: the CLI must never print it.
const PASSWORD = "not-to-be-printed";
let cluster: ThrowawayPostgres;
let dir = "";

beforeAll(async () => {
  cluster = await startThrowawayPostgres();
  dir = mkdtempSync(path.join(tmpdir(), "tc-pg-backup-"));
});
afterAll(() => {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function cli(script: string, file: string, databaseUrl: string): string {
  return execFileSync(process.execPath, [tsx, script, file], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** A database holding a table of three crops, with the password in its URL. */
async function cropsDatabase(name: string): Promise<{ url: string; query: (sql: string) => Promise<unknown[]> }> {
  const plain = await createDatabase(cluster.adminUrl, name);
  const url = new URL(plain);
  url.password = PASSWORD;
  const query = async (sql: string) => {
    const client = new pg.Client({ connectionString: plain });
    await client.connect();
    try {
      return (await client.query(sql)).rows as unknown[];
    } finally {
      await client.end();
    }
  };
  await query("create table crops (id integer primary key, name text not null, tons integer not null)");
  await query("insert into crops values (1, 'barley', 12), (2, 'oats', 7), (3, 'rye', 3)");
  return { url: url.toString(), query };
}

const AT_BACKUP = [
  { id: 1, name: "barley", tons: 12 },
  { id: 2, name: "oats", tons: 7 },
  { id: 3, name: "rye", tons: 3 },
];

describe("backup and restore on PostgreSQL", () => {
  it("backs up with pg_dump and restores exactly the backup's rows", async () => {
    const { url, query } = await cropsDatabase("backup_roundtrip");
    const file = path.join(dir, "roundtrip.dump");

    const out = cli("server/cli/backup.ts", file, url);
    expect(out).toMatch(/Backed up 127\.0\.0\.1:\d+\/backup_roundtrip to .*roundtrip\.dump \(pg_dump archive/);
    expect(out).not.toContain(PASSWORD);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}.partial`)).toBe(false);

    await query("update crops set tons = 99 where id = 1");
    await query("delete from crops where id = 2");
    await query("insert into crops values (4, 'wheat', 40)");
    expect(await query("select * from crops order by id")).toHaveLength(3);

    const restored = cli("server/cli/restore.ts", file, url);
    expect(restored).toMatch(/Restored .*roundtrip\.dump into 127\.0\.0\.1:\d+\/backup_roundtrip\. Start the app again\./);
    expect(restored).not.toContain(PASSWORD);
    expect(await query("select * from crops order by id")).toEqual(AT_BACKUP);
  });

  it("refuses a file that is not a backup, and changes nothing", async () => {
    const { url, query } = await cropsDatabase("backup_refusal");
    const bogus = path.join(dir, "bogus.dump");
    writeFileSync(bogus, "this is not a pg_dump archive\n");

    let failure: { status?: number; stderr?: string } = {};
    try {
      cli("server/cli/restore.ts", bogus, url);
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(1);
    expect(failure.stderr).toMatch(/Restore failed: .*bogus\.dump is not a PostgreSQL backup .*nothing was restored\./);
    expect(await query("select * from crops order by id")).toEqual(AT_BACKUP);
  });
});
