import { integer, text } from "drizzle-orm/sqlite-core";
import { newId } from "../ids";

/** Random text primary key: ids are never reused and leak no row counts. */
export const idColumn = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => newId());

/** Epoch milliseconds: plain numbers serialise through JSON without a transformer. */
export const timestamps = () => ({
  createdAt: integer("created_at")
    .notNull()
    .$defaultFn(() => Date.now()),
  updatedAt: integer("updated_at")
    .notNull()
    .$defaultFn(() => Date.now()),
});

/** Optimistic concurrency: updates name the version they read. */
export const versionColumn = () => integer("version").notNull().default(1);
