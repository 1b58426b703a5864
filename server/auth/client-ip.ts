/**
 * The caller's address for rate limits: the first X-Forwarded-For hop when a
 * proxy sets it, else X-Real-IP, else "local" (a direct connection in dev).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}
