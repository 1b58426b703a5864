import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Link not available",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/** One answer for unknown, expired and revoked links: nothing tells which. */
export default function ShareLinkNotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">This link is not available</h1>
      <p className="mt-2 text-sm text-slate-600">It may have expired or been revoked. Ask the person who shared it for a new one.</p>
    </main>
  );
}
