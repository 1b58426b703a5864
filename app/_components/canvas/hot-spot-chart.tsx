"use client";

import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { MomentItem } from "../trpc/types";
import { PERFORMANCE_COLOURS } from "../moment/moment-options";
import { HOT_SPOT_CHART_HEIGHT } from "./hot-spot-chart-height";
import { formatMoney } from "../ui/format";

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

/** Annual cost across, importance up, colour for how well it is done today; hot spots ringed. */
export function HotSpotChart({ moments, currency, summary }: { moments: MomentItem[]; currency: string; summary: string }) {
  const points: Point[] = moments.map((m) => ({
    x: m.annualCost,
    y: m.importance,
    name: m.name,
    performance: m.performance,
    hot: m.isHotSpot,
    score: m.hotSpotScore,
  }));
  return (
    <div role="img" aria-label={summary} className={HOT_SPOT_CHART_HEIGHT}>
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 16, right: 24, bottom: 28, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis
            type="number"
            dataKey="x"
            name="Annual cost"
            tickFormatter={(v: number) => formatMoney(v, currency, { compact: true })}
            label={{
              value: `Annual cost (${currency}, volume × cost per interaction)`,
              position: "insideBottom",
              offset: -16,
              fill: "#475569",
              fontSize: 12,
            }}
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
          <Tooltip content={<TooltipBody currency={currency} />} cursor={{ strokeDasharray: "3 3" }} />
          <Scatter data={points} shape={Dot} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
