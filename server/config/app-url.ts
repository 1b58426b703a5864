/**
 * The app's public address, for every absolute link it hands out (mail, API
 * documents, the redirect URL an identity provider must know). APP_URL when
 * set, else this server on 127.0.0.1 and its PORT.
 */
function base(): string {
  const fromEnv = process.env.APP_URL?.trim();
  if (fromEnv) return fromEnv.replace(/\/+$/, "");
  return `http://127.0.0.1:${process.env.PORT || "3000"}`;
}

/** An absolute URL for a path of this app: `appUrl("/sign-in")`. */
export function appUrl(path = "/"): string {
  return `${base()}${path.startsWith("/") ? path : `/${path}`}`;
}
