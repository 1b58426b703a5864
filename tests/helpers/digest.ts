import { createHash } from "node:crypto";
import { getTableName } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { TABLE_NAMES } from "@/db/schema/table-names";

/** A hash of every row of every app table, on either dialect: equal digests mean nothing changed. */
export async function databaseDigest(db: Db): Promise<string> {
  const hash = createHash("sha256");
  for (const name of TABLE_NAMES) {
    const table = schema[name];
    hash.update(getTableName(table));
    const rows = (await db.select().from(table)).map((row) => JSON.stringify(row)).sort();
    for (const row of rows) hash.update(row);
  }
  return hash.digest("hex");
}
