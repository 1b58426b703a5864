import { sqliteConnection } from "@/db/registry";
import { createHash } from "node:crypto";
import type { Db } from "@/db/client";

/** A hash of every row of every table: equal digests mean nothing changed. */
export function databaseDigest(db: Db): string {
  const sqlite = sqliteConnection(db);
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as {
    name: string;
  }[];
  const hash = createHash("sha256");
  for (const { name } of tables) {
    hash.update(name);
    for (const row of sqlite.prepare(`select * from "${name}" order by rowid`).iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest("hex");
}
