import type { Page } from "playwright-core";
import { expect } from "vitest";
import { trpc } from "./http-client";
import { signUp } from "./people";

/** Polls until the value matches, as a person waits for the page (20 s unless told). */
export const until = <T>(fn: () => Promise<T> | T, timeout = 20_000) => expect.poll(fn, { timeout, interval: 100 });

export type WorkspaceApi = (kind: "query" | "mutation", path: string, input: Record<string, unknown>) => Promise<unknown>;

/**
 * Signs a new person up in the browser (which makes their own workspace) and
 * gives a tRPC caller over HTTP in their session, scoped to that workspace:
 * journeys set up their data through the API and test it through the page.
 */
export async function signUpWithWorkspace(page: Page, person: { name: string; email: string; password: string }) {
  const slug = await signUp(page, person);
  const session = (await page.context().cookies()).find((c) => c.name.includes("session-token"))!;
  const cookie = `${session.name}=${session.value}`;
  const workspaceId = ((await trpc(cookie, "query", "workspace.bySlug", { slug })).data as { id: string }).id;
  const api: WorkspaceApi = async (kind, path, input) => {
    const res = await trpc(cookie, kind, path, { workspaceId, ...input });
    if (res.error) throw new Error(`${path}: ${res.error.message}`);
    return res.data;
  };
  return { slug, workspaceId, cookie, api };
}
