import type { Db } from "./database";
import { databaseInfo } from "./registry";

/** One round trip to the database: `select 1` on either dialect. */
export async function pingDatabase(db: Db): Promise<void> {
  const info = databaseInfo(db);
  if (info.sqlite) info.sqlite.prepare("select 1").get();
  else await info.pool!.query("select 1");
}
