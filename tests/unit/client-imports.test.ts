import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Client components share zod input schemas and small rules with the server.
 * One careless import there (a list defined next to a drizzle table) once put
 * drizzle, both dialects' tables and a node:crypto polyfill (600 KB) into the
 * canvas page's bundle, where a phone paid for it in blocking time. This walks
 * every "use client" module's runtime imports, as the bundler would, and
 * names any path that reaches server-only code.
 */

const ROOT = path.resolve(__dirname, "../..");
const FORBIDDEN =
  /^(node:|drizzle-orm|better-sqlite3|pg$|pg\/|nodemailer|bcryptjs|@node-rs\/|next-auth\/providers|oidc-provider)|^(crypto|fs|path|os|net|tls|child_process|zlib|stream|buffer|util)$/;

const compilerOptions: ts.CompilerOptions = {
  baseUrl: ROOT,
  paths: { "@/*": ["./*"] },
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  allowJs: false,
  jsx: ts.JsxEmit.Preserve,
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function directive(source: ts.SourceFile): string | null {
  const first = source.statements[0];
  if (first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression)) return first.expression.text;
  return null;
}

/** The specifiers a module loads at run time: type-only imports and exports are erased and do not count. */
function runtimeImports(source: ts.SourceFile): string[] {
  const specs: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause &&
        !clause.name &&
        named &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes && ts.isStringLiteral(statement.moduleSpecifier)) specs.push(statement.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      specs.push(statement.moduleSpecifier.text);
    }
  }
  return specs;
}

/** Every chain from a client module to a forbidden package, as "a -> b -> package". */
function serverOnlyChains(entries: string[]): string[] {
  const chains: string[] = [];
  const visited = new Set<string>();
  const walk = (file: string, trail: string[]) => {
    if (visited.has(file)) return;
    visited.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
    // A server action is called from the browser by reference; its imports never reach the bundle.
    if (trail.length > 0 && directive(source) === "use server") return;
    const here = [...trail, path.relative(ROOT, file)];
    for (const spec of runtimeImports(source)) {
      if (FORBIDDEN.test(spec)) {
        chains.push([...here, spec].join(" -> "));
        continue;
      }
      const resolved = ts.resolveModuleName(spec, file, compilerOptions, ts.sys).resolvedModule;
      if (resolved && !resolved.isExternalLibraryImport && /\.tsx?$/.test(resolved.resolvedFileName)) walk(resolved.resolvedFileName, here);
    }
  };
  for (const entry of entries) walk(entry, []);
  return chains;
}

const clientModules = filesUnder(path.join(ROOT, "app")).filter(
  (file) => directive(ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false)) === "use client",
);

describe("client bundles", () => {
  it("finds the client components to check", () => {
    expect(clientModules.length).toBeGreaterThan(50);
  });

  it("never import the database layer, node built-ins or other server-only packages", () => {
    expect(serverOnlyChains(clientModules)).toEqual([]);
  });

  it("would name the chain if one did", () => {
    // A server module that plainly reaches drizzle, walked as if it were a client entry.
    const chains = serverOnlyChains([path.join(ROOT, "server/domain/canvas/queries.ts")]);
    expect(chains.some((c) => c.startsWith("server/domain/canvas/queries.ts -> drizzle-orm"))).toBe(true);
  });
});
