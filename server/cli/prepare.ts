/**
 * `npm run db:migrate`: prepares the data folder without serving (the server
 * does the same itself on start, see instrumentation.ts).
 */
import { closeDb } from "@/db/client";
import { prepareData } from "./prepare-data";

prepareData()
  .then(async () => await closeDb())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
