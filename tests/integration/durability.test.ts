import { sqliteConnection } from "@/db/registry";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { inArray } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { initiatives } from "@/db/schema";

const root = path.resolve(import.meta.dirname, "../..");
let dir = "";
let child: ChildProcess | null = null;
afterEach(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("durability", () => {
  it("a writer killed with SIGKILL mid-load loses no acknowledged write and leaves a sound database", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "tc-durability-"));
    const file = path.join(dir, "app.db");
    const writer = spawn(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), "tests/integration/support/durability-writer.ts", file],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    child = writer;
    const acked: string[] = [];
    let stderr = "";
    writer.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let buffer = "";
    // Kill it while it is writing: after 300 acknowledged writes (or 20 s, whichever first).
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        writer.kill("SIGKILL");
        resolve();
      }, 20_000);
      writer.stdout.on("data", (d: Buffer) => {
        buffer += d.toString();
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) if (line.startsWith("ack ")) acked.push(line.slice(4));
        if (acked.length >= 300 && writer.exitCode === null && !writer.killed) {
          writer.kill("SIGKILL");
          clearTimeout(timer);
          resolve();
        }
      });
      writer.on("exit", (code, signal) => {
        clearTimeout(timer);
        if (signal !== "SIGKILL") reject(new Error(`writer exited on its own (${code}): ${stderr}`));
        else resolve();
      });
    });
    if (writer.exitCode === null && writer.signalCode === null) await new Promise((r) => writer.once("exit", r));
    expect(acked.length).toBeGreaterThanOrEqual(1);

    const db = openDatabase(file);
    expect(sqliteConnection(db).pragma("integrity_check", { simple: true })).toBe("ok");
    const found = new Set<string>();
    for (let i = 0; i < acked.length; i += 500) {
      const chunk = acked.slice(i, i + 500);
      for (const row of await db.select({ id: initiatives.id }).from(initiatives).where(inArray(initiatives.id, chunk))) {
        found.add(row.id);
      }
    }
    expect(acked.filter((id) => !found.has(id))).toEqual([]);
    sqliteConnection(db).close();
  });
});
