"use client";

import dynamic from "next/dynamic";
import type { MomentItem } from "../trpc/types";
import { PERFORMANCE_COLOURS } from "../moment/moment-options";
import { Badge, Card, Skeleton } from "../ui/card";
import { formatMoney } from "../ui/format";
import { WhenVisible } from "../ui/when-visible";
import { useWorkspace } from "../workspace/workspace-context";
import { InfoTip } from "../guide/info-tip";
import { HOT_SPOT_CHART_HEIGHT } from "./hot-spot-chart-height";

const chartPlaceholder = <Skeleton className={`w-full ${HOT_SPOT_CHART_HEIGHT}`} />;
// Recharts is fetched and drawn only when the chart comes near the screen: it would double the page's first-load
// JavaScript, and drawing it blocks a phone's main thread. The list of hot spots beside it is plain HTML, there at once.
const HotSpotChart = dynamic(() => import("./hot-spot-chart").then((m) => m.HotSpotChart), { ssr: false, loading: () => chartPlaceholder });

/**
 * Where to act first: annual cost across, importance up, colour for how well
 * it is done today. Hot spots (important, done badly) are ringed and listed.
 */
export function HotSpotView({ moments }: { moments: MomentItem[] }) {
  const ws = useWorkspace();
  const hotSpots = moments.filter((m) => m.isHotSpot).sort((a, b) => b.hotSpotScore - a.hotSpotScore || b.annualCost - a.annualCost);
  const summary = `Scatter of ${moments.length} moments of truth: annual cost across, importance up, coloured by performance. ${hotSpots.length} hot spot${hotSpots.length === 1 ? "" : "s"}, listed beside the chart.`;

  return (
    <section aria-labelledby="hotspots-title" className="space-y-3">
      <div>
        <h2 id="hotspots-title" className="text-lg font-semibold text-slate-900">
          Hot spots
        </h2>
        <p className="max-w-3xl text-sm text-slate-600">
          Top right is where the customer cares most and the most money goes; red is where you do it worst today. Start there.
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <Card className="p-3">
          {moments.length === 0 ? (
            <p className="flex h-64 items-center justify-center px-6 text-center text-sm text-slate-600">
              The chart fills in as you add moments of truth with their volume and cost per interaction.
            </p>
          ) : (
            <WhenVisible placeholder={chartPlaceholder}>
              <HotSpotChart moments={moments} currency={ws.currency} summary={summary} />
            </WhenVisible>
          )}
          <ul
            className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 px-2 text-xs text-slate-600"
            aria-label="Colour legend: performance"
          >
            <li className="font-medium text-slate-700">Performance:</li>
            {[1, 2, 3, 4, 5].map((p) => (
              <li key={p} className="flex items-center gap-1">
                <span aria-hidden className="inline-block size-3 rounded-full" style={{ background: PERFORMANCE_COLOURS[p] }} />
                {p}
                {p === 1 ? " poor" : p === 5 ? " excellent" : ""}
              </li>
            ))}
            <li className="flex items-center gap-1">
              <span aria-hidden className="inline-block size-3 rounded-full border-2 border-dashed border-red-900" /> hot spot
            </li>
          </ul>
        </Card>
        <Card className="p-4">
          <h3 className="flex items-center gap-1 text-sm font-semibold text-slate-900">
            Hot spots <span className="font-normal text-slate-600">({hotSpots.length})</span>
            <InfoTip entry="hot-spot-score" figure="the hot-spot score" />
          </h3>
          {hotSpots.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">
              None: no moment is both important to the customer (4 or 5) and done badly today (1 or 2).
            </p>
          ) : (
            <ol className="mt-2 space-y-2" data-testid="hot-spot-list">
              {hotSpots.map((m) => (
                <li key={m.id} className="rounded-md bg-red-50 px-3 py-2 text-sm ring-1 ring-inset ring-red-200">
                  <p className="font-medium text-slate-900">{m.name}</p>
                  <p className="text-xs text-slate-700">
                    Importance {m.importance}, performance {m.performance} · hot-spot score {m.hotSpotScore} ·{" "}
                    {formatMoney(m.annualCost, ws.currency)} a year
                  </p>
                  {m.linkedInitiatives.length === 0 ? (
                    <p className="mt-1">
                      <Badge tone="amber">No initiative yet</Badge>
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
    </section>
  );
}
