import Database from "better-sqlite3";
import { existsSync, rmSync } from "node:fs";

/**
 * Online backup with SQLite's backup API: consistent even while the app
 * writes (WAL readers do not block the writer), page by page.
 */
export async function backupDatabase(sourcePath: string, destinationPath: string): Promise<{ pages: number }> {
  const source = new Database(sourcePath, { readonly: true, fileMustExist: true });
  try {
    const result = await source.backup(destinationPath);
    return { pages: result.totalPages };
  } finally {
    source.close();
  }
}

/** "ok" for a sound database; SQLite's complaint (or "not a database") otherwise. */
export function integrityCheck(path: string): string {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return String(db.pragma("integrity_check", { simple: true }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

/**
 * Restores a backup over the database of a stopped app. The backup is checked
 * first; the live file's WAL and shared-memory files are removed after the
 * copy so no stale log is replayed over the restored pages.
 */
export async function restoreDatabase(backupPath: string, targetPath: string): Promise<void> {
  const check = integrityCheck(backupPath);
  if (check !== "ok") throw new Error(`The backup failed its integrity check (${check}); nothing was restored.`);
  for (const suffix of ["-wal", "-shm"]) if (existsSync(targetPath + suffix)) rmSync(targetPath + suffix);
  const backup = new Database(backupPath, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(targetPath);
  } finally {
    backup.close();
  }
}
