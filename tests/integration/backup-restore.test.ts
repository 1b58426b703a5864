import { sqliteConnection } from "@/db/registry";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { workspaces } from "@/db/schema";
import { databaseDigest } from "../helpers/digest";
import { makeWorkspace } from "../helpers/factories";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(script: string, args: string[], env: Record<string, string>) {
  return execFileSync(process.execPath, [tsx, script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

describe("backup and restore", () => {
  it("backs up while the app's connection is open, and restores exactly the backup's data", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "tc-backup-"));
    const live = path.join(dir, "app.db");
    const backup = path.join(dir, "backup.db");
    const app = openDatabase(live);
    await applyMigrations(app);
    await makeWorkspace(app, { name: "Before backup" });
    const atBackup = await databaseDigest(app);

    // The app's connection stays open (and in WAL mode) while the CLI backs up.
    const out = cli("server/cli/backup.ts", [backup], { DATABASE_PATH: live });
    expect(out).toMatch(/integrity ok/);

    await makeWorkspace(app, { name: "After backup" });
    expect(await app.select().from(workspaces)).toHaveLength(2);
    sqliteConnection(app).close();

    cli("server/cli/restore.ts", [backup], { DATABASE_PATH: live });
    const restored = openDatabase(live);
    expect(await restored.select({ name: workspaces.name }).from(workspaces)).toEqual([{ name: "Before backup" }]);
    expect(await databaseDigest(restored)).toBe(atBackup);
    expect(sqliteConnection(restored).pragma("integrity_check", { simple: true })).toBe("ok");
    sqliteConnection(restored).close();
  });

  it("refuses to restore a file that is not a sound database, and changes nothing", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "tc-backup-"));
    const live = path.join(dir, "app.db");
    const bogus = path.join(dir, "bogus.db");
    const app = openDatabase(live);
    await applyMigrations(app);
    await makeWorkspace(app, { name: "Keep me" });
    const before = await databaseDigest(app);
    sqliteConnection(app).close();
    execFileSync("sh", ["-c", `printf 'not a database at all' > '${bogus}'`]);
    expect(() => cli("server/cli/restore.ts", [bogus], { DATABASE_PATH: live })).toThrow();
    const after = openDatabase(live);
    expect(await databaseDigest(after)).toBe(before);
    sqliteConnection(after).close();
  });
});
