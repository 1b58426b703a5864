import path from "node:path";
import appConfig from "../../next.config.mjs";

/**
 * bench/http.ts's "plain Next route handler": a one-route Next app with the
 * product's own Next settings (headers included), built and served by the
 * benchmark only, never part of the product's build (decision 031).
 */
const root = path.resolve(import.meta.dirname, "../..");

/** @type {(phase: string) => import('next').NextConfig} */
export default (phase) => ({
  ...appConfig(phase),
  distDir: ".next",
  // Its route imports the app's domain code from the repository root.
  turbopack: { root },
  outputFileTracingRoot: root,
});
