"use client";

import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { MomentItem } from "./router-outputs";
import { PERFORMANCE_COLOURS } from "../moments/moment-options";
import { Badge, Card } from "../ui/card";
import { formatMoney } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";

type Point = { x: number; y: number; name: string; performance: number; hot: boolean; score: number };

function Dot(props: unknown) {
  const { cx, cy, payload } = props as { cx?: number; cy?: number; payload?: Point };
  if (cx === undefined || cy === undefined || !payload) return <g />;
  const fill = PERFORMANCE_COLOURS[payload.performance] ?? "#64748b";
  return payload.hot ? (
    <g>
      <circle cx={cx} cy={cy} r={13} fill="none" stroke="#7f1d1d" strokeWidth={2} strokeDasharray="3 2" />
      <circle cx={cx} cy={cy} r={8} fill={fill} stroke="#7f1d1d" strokeWidth={2} />
    </g>
  ) : (
    <circle cx={cx} cy={cy} r={6} fill={fill} stroke="white" strokeWidth={1.5} />
  );
}

function TooltipBody({ active, payload, currency }: { active?: boolean; payload?: { payload: Point }[]; currency: string }) {
  const p = active ? payload?.[0]?.payload : undefined;
  if (!p) return null;
  return (
    <div className="rounded-md bg-white px-3 py-2 text-xs shadow-lg ring-1 ring-slate-200">
      <p className="font-semibold text-slate-900">{p.name}</p>
      <p>Annual cost: {formatMoney(p.x, currency)}</p>
      <p>
        Importance {p.y} · performance {p.performance} · score {p.score}
      </p>
      {p.hot ? <p className="font-semibold text-red-700">Hot spot</p> : null}
    </div>
  );
}

/**
 * Where to act first: annual cost across, importance up, colour for how well
 * it is done today. Hot spots (important, done badly) are ringed and listed.
 */
export function HotSpotView({ moments }: { moments: MomentItem[] }) {
  const ws = useWorkspace();
  const points: Point[] = moments.map((m) => ({
    x: m.annualCost,
    y: m.importance,
    name: m.name,
    performance: m.performance,
    hot: m.isHotSpot,
    score: m.hotSpotScore,
  }));
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
            <div role="img" aria-label={summary} className="h-72 sm:h-80">
              <ResponsiveContainer width="100%" height="100%">
                <ScatterChart margin={{ top: 16, right: 24, bottom: 28, left: 8 }} accessibilityLayer={false}>
                  <CartesianGrid stroke="#e2e8f0" />
                  <XAxis
                    type="number"
                    dataKey="x"
                    name="Annual cost"
                    tickFormatter={(v: number) => formatMoney(v, ws.currency, { compact: true })}
                    label={{ value: `Annual cost (${ws.currency}, volume × cost per interaction)`, position: "insideBottom", offset: -16, fill: "#475569", fontSize: 12 }}
                    tick={{ fill: "#475569", fontSize: 12 }}
                    domain={[0, "auto"]}
                  />
                  <YAxis
                    type="number"
                    dataKey="y"
                    name="Importance"
                    domain={[0.5, 5.5]}
                    ticks={[1, 2, 3, 4, 5]}
                    width={48}
                    label={{ value: "Importance", angle: -90, position: "insideLeft", offset: 12, fill: "#475569", fontSize: 12 }}
                    tick={{ fill: "#475569", fontSize: 12 }}
                  />
                  <Tooltip content={<TooltipBody currency={ws.currency} />} cursor={{ strokeDasharray: "3 3" }} />
                  <Scatter data={points} shape={Dot} isAnimationActive={false} />
                </ScatterChart>
              </ResponsiveContainer>
            </div>
          )}
          <ul className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 px-2 text-xs text-slate-600" aria-label="Colour legend: performance">
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
          <h3 className="text-sm font-semibold text-slate-900">
            Hot spots <span className="font-normal text-slate-600">({hotSpots.length})</span>
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
                    Importance {m.importance}, performance {m.performance} · score {m.hotSpotScore} · {formatMoney(m.annualCost, ws.currency)} a year
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
