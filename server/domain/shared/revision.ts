/**
 * A per-workspace revision number, bumped by every audited write (see
 * audit.ts). Caches of derived data (the scorecard) key on it, so any change
 * to an input invalidates them without each command having to remember.
 * In memory: one app process owns the SQLite file.
 */
const revisions = new Map<string, number>();

export function bumpRevision(workspaceId: string): void {
  revisions.set(workspaceId, (revisions.get(workspaceId) ?? 0) + 1);
}

export function revisionOf(workspaceId: string): number {
  return revisions.get(workspaceId) ?? 0;
}
