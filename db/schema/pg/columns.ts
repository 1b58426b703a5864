import { bigint, integer, text } from "drizzle-orm/pg-core";
import { newId } from "../../ids";

/** Random text primary key: ids are never reused and leak no row counts. */
export const idColumn = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => newId());

/**
 * Epoch milliseconds. They pass 2^31 (a PostgreSQL integer), so bigint; mode
 * "number" reads them as plain numbers like SQLite does (exact up to 2^53).
 */
export const epochMs = (name: string) => bigint(name, { mode: "number" });

export const timestamps = () => ({
  createdAt: epochMs("created_at")
    .notNull()
    .$defaultFn(() => Date.now()),
  updatedAt: epochMs("updated_at")
    .notNull()
    .$defaultFn(() => Date.now()),
});

/** Optimistic concurrency: updates name the version they read. */
export const versionColumn = () => integer("version").notNull().default(1);
