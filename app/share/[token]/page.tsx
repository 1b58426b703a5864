import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SharedRoadmap } from "@/app/_components/share/shared-roadmap";
import { SharedScorecard } from "@/app/_components/share/shared-scorecard";
import { Crown } from "@/app/_components/shell/crown";
import { formatDate } from "@/app/_components/ui/format";
import { serverApi } from "@/server/trpc/server";

// Checked on every request, so a revoked or expired link fails at once.
export const dynamic = "force-dynamic";

/** The token is in the URL: keep it out of search engines and out of Referer headers. */
export const metadata: Metadata = {
  title: "Shared scorecard",
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  referrer: "no-referrer",
};

export default async function SharedPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const api = await serverApi();
  const view = await api.share.view({ token }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  });
  if (!view) notFound();
  return (
    <main className="mx-auto max-w-7xl space-y-8 px-4 py-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="flex items-center gap-1.5 text-sm font-medium text-brand-700">
            <Crown className="size-4 text-crown" /> Triple Crown · read-only
          </p>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{view.workspace.name}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {view.label ? `${view.label} · ` : ""}Scoring weights: experience {view.weights.experience}, cost {view.weights.cost}, revenue{" "}
            {view.weights.revenue}. This link works until {formatDate(view.expiresAt)}.
          </p>
        </div>
      </header>
      <SharedScorecard view={view} />
      <SharedRoadmap view={view} />
    </main>
  );
}
