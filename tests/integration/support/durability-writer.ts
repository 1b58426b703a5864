/**
 * Child process of the durability test: opens the database file the app way,
 * then creates initiatives through the real API as fast as it can, printing
 * each id only after the call returned (the write is acknowledged).
 */
import { openDatabase } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { callerFor, makeWorkspace } from "../../helpers/factories";

const file = process.argv[2];
if (!file) throw new Error("usage: durability-writer <db-file>");
const db = openDatabase(file);
await applyMigrations(db);
const { workspace, admin } = await makeWorkspace(db, { name: "Durability" });
const api = callerFor(db, admin.id);
process.stdout.write(`workspace ${workspace.id}\n`);
// Bounded, so a writer whose test died never runs on: 30 s or 50,000 writes at the most.
const deadline = Date.now() + 30_000;
for (let n = 0; n < 50_000 && Date.now() < deadline; n++) {
  const created = await api.initiative.create({
    workspaceId: workspace.id,
    title: `Initiative ${n}`,
    costReduction: { low: n, likely: n, high: n },
  });
  process.stdout.write(`ack ${created.id}\n`);
}
