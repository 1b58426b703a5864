import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Auth.js builds its configuration per request (server/auth/config.ts). A
 * request to /api/auth/…/sso-<id> names its workspace in the URL; a sign-in
 * started by a server action has no such URL, so the action runs inside this
 * scope and the configuration reads the workspace from it. Per call, never
 * shared between requests.
 */
const scope = new AsyncLocalStorage<string>();

export function withSsoWorkspace<T>(workspaceId: string, run: () => Promise<T>): Promise<T> {
  return scope.run(workspaceId, run);
}

export function ssoWorkspaceInScope(): string | null {
  return scope.getStore() ?? null;
}
