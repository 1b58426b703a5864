import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";

// Development only (next dev): Next's dev scripts need inline bootstrapping and eval (React's dev tools).
// Headers are fixed at build time, so the phase (not NODE_ENV) decides.
const csp = (isDev) => [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  // The browser tests build into their own folder so they never disturb a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "pino"],
  // `npm run typecheck` checks types once (in npm test); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // In production our server (server/cli/request-guard.mjs) sends the policy with a fresh nonce per
          // response; setting one here would replace it. `next dev` has no such server and keeps this one.
          ...(phase === PHASE_DEVELOPMENT_SERVER ? [{ key: "Content-Security-Policy", value: csp(true) }] : []),
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
