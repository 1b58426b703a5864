/**
 * Where PostgreSQL's programs are (initdb, pg_ctl, pg_dump, pg_restore). Debian
 * keeps the server's programs in /usr/lib/postgresql/<major>/bin, off the PATH,
 * so `pg_config --bindir` is asked first and the newest of those folders is the
 * fallback. Shared by the backup CLI and the tests' throw-away cluster.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const DEBIAN_ROOT = "/usr/lib/postgresql";

function pgConfigBindir(): string | undefined {
  try {
    return execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

function debianBindirs(): string[] {
  if (!existsSync(DEBIAN_ROOT)) return [];
  return readdirSync(DEBIAN_ROOT)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number(b) - Number(a))
    .map((major) => path.join(DEBIAN_ROOT, major, "bin"));
}

/** The full path of one of PostgreSQL's programs, or an error that says what to install. */
export function postgresProgram(name: string): string {
  const candidates = [...new Set([pgConfigBindir(), ...debianBindirs()])].filter((dir): dir is string => Boolean(dir));
  for (const dir of candidates) {
    const program = path.join(dir, name);
    if (existsSync(program)) return program;
  }
  throw new Error(
    `PostgreSQL's ${name} was not found (looked in ${candidates.length ? candidates.join(", ") : "`pg_config --bindir` and " + DEBIAN_ROOT + "/*/bin"}). ` +
      "Install the PostgreSQL server programs: Debian's package `postgresql` (apt-get install postgresql).",
  );
}
