/**
 * Structured JSON logs on stderr (one line per event), quiet in tests.
 * A tiny wrapper so the rest of the code does not care which logger runs.
 */
type Fields = Record<string, unknown>;
const quiet = process.env.NODE_ENV === "test" || process.env.VITEST === "true";

function write(level: "info" | "warn" | "error", fields: Fields, msg: string) {
  if (quiet && level !== "error") return;
  const err = fields.err instanceof Error ? { message: fields.err.message, stack: fields.err.stack } : fields.err;
  process.stderr.write(`${JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields, err })}\n`);
}

export const logger = {
  info: (fields: Fields, msg: string) => write("info", fields, msg),
  warn: (fields: Fields, msg: string) => write("warn", fields, msg),
  error: (fields: Fields, msg: string) => write("error", fields, msg),
};
