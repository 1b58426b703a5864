import { baseURL } from "./browser";

/** Signs in through Auth.js's credentials endpoint and returns the session cookie (of the shared server unless `base` is given). */
export async function sessionCookie(
  email: string,
  password: string,
  headers: Record<string, string> = {},
  base: string = baseURL(),
): Promise<string | null> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  await res.arrayBuffer();
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token"));
  return session ?? null;
}

type TrpcResult = { status: number; data?: unknown; error?: { message: string; data?: { code?: string } } };

/** One tRPC call over HTTP, as the browser makes it (no batching), to the shared server unless `base` is given. */
export async function trpc(
  cookie: string,
  kind: "query" | "mutation",
  path: string,
  input: unknown,
  base: string = baseURL(),
): Promise<TrpcResult> {
  const url = `${base}/api/trpc/${path}`;
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res =
    kind === "query"
      ? await fetch(`${url}${query}`, { headers: { cookie } })
      : await fetch(url, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(input) });
  const body = (await res.json()) as { result?: { data: unknown }; error?: TrpcResult["error"] };
  return { status: res.status, data: body.result?.data, error: body.error };
}
