/**
 * Whether DATABASE_URL names PostgreSQL. Plain JavaScript so the launcher
 * (start.mjs, demo-default.mjs) and the app (db/dialect.ts) read it alike.
 * @param {string | undefined} url
 * @returns {url is string}
 */
export function isPostgresUrl(url) {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}
