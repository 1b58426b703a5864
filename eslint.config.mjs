import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  {
    ignores: [
      "tmp-*",
      "node_modules/**",
      ".next/**",
      ".next-e2e/**",
      ".next-*/**",
      "drizzle/**",
      "data/**",
      "**/next-env.d.ts",
      "bench/plain-next/.next/**",
      "tests/e2e/screenshots/**",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // The app never reaches into the database directly (docs/architecture.md).
      "no-restricted-imports": "off",
    },
  },
  {
    // The domain runs on SQLite and PostgreSQL alike (decision 037): queries are awaited, never run with the
    // SQLite-only .get(), .all() or .run(). db/ (the SQLite driver itself) and tests of the SQLite file may.
    files: ["server/**", "bench/**/*.ts"],
    // db:copy reads the SQLite file itself, with better-sqlite3.
    ignores: ["server/cli/db-copy/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[arguments.length=0] > MemberExpression.callee > Identifier.property[name=/^(get|all|run)$/]",
          message: "SQLite only: await the query instead (it returns the rows), and use .returning() or insertedRow() for written rows.",
        },
      ],
    },
  },
  {
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db/client", "@/db/migrate", "drizzle-orm", "drizzle-orm/*"],
              message: "app/ goes through server/ (tRPC), never the database.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["server/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/server/trpc", "@/server/trpc/*", "@/server/http", "@/server/http/*", "**/trpc/*", "**/http/*"],
              message: "The domain never imports the transport (server/trpc, server/http): they call the domain, not the other way.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read error objects and tRPC results loosely on purpose; the assertions check them.
    files: ["tests/**"],
    rules: {
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  { files: ["**/*.mjs"], ...tseslint.configs.disableTypeChecked },
);
