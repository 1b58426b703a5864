/**
 * The installation's public base address, for every absolute link the app
 * sends out (mail, the API's documents). APP_URL when set, else this
 * machine's address on the server's port.
 */
export function appBaseUrl(): string {
  const configured = process.env.APP_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  return `http://127.0.0.1:${process.env.PORT || "3000"}`;
}

/** An absolute link to a path of the app: appUrl("/api/v1") → "https://tc.example.com/api/v1". */
export function appUrl(path: string): string {
  return appBaseUrl() + (path.startsWith("/") ? path : `/${path}`);
}
