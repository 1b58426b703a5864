import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";
import { contentSecurityPolicy } from "./server/cli/request-guard.mjs";

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  // The browser tests build into their own folder so they never disturb a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // SOURCE_MAPS=1 adds browser source maps to a production build, to read a phone trace by file and line
  // (docs/performance.md); never on by default, so the served build does not publish its sources.
  productionBrowserSourceMaps: process.env.SOURCE_MAPS === "1",
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "pino", "highs"],
  // `npm run typecheck` checks types once (in npm test); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // In production our server (server/cli/request-guard.mjs) sends the policy with a fresh nonce per
          // response; setting one here would replace it. `next dev` has no such server and keeps this one.
          ...(phase === PHASE_DEVELOPMENT_SERVER
            ? [{ key: "Content-Security-Policy", value: contentSecurityPolicy(null, { dev: true }) }]
            : []),
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
});

export default nextConfig;
