/**
 * Structured JSON logs, one line per event on stderr, via pino (decision 010).
 * LOG_LEVEL sets the level (default "info"); tests log errors only. Keeps the
 * small `logger.info(fields, message)` face the rest of the code uses, so the
 * library stays an implementation detail of this file.
 */
import pino from "pino";

const inTests = process.env.NODE_ENV === "test" || process.env.VITEST === "true";

const base = pino(
  {
    level: process.env.LOG_LEVEL ?? (inTests ? "error" : "info"),
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Secrets never reach a log line, whoever passes them.
    redact: { paths: ["password", "*.password", "cookie", "*.cookie", "headers.cookie", "token", "*.token"], censor: "[redacted]" },
  },
  // Synchronous writes: a line logged just before a crash or exit is not lost.
  pino.destination({ dest: 2, sync: true }),
);

type Fields = Record<string, unknown>;

export const logger = {
  info: (fields: Fields, msg: string) => base.info(fields, msg),
  warn: (fields: Fields, msg: string) => base.warn(fields, msg),
  error: (fields: Fields, msg: string) => base.error(fields, msg),
  /** Whether a level is on, to skip building fields nobody will read. */
  enabled: (level: "info" | "warn" | "error") => base.isLevelEnabled(level),
};
