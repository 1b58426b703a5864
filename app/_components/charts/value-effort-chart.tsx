"use client";

import { useMemo } from "react";
import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import { formatNumber, formatSigned } from "../ui/format";
import { ChartFigure } from "./chart-figure";
import { CROWN_COUNT_COLORS, CROWN_COUNT_LABELS, legendOrder } from "./crown-colors";
import { formatMoneyShort } from "./format-short";

/** The most initiatives drawn; beyond that the chart is a smear and slows the page. */
const BUBBLE_LIMIT = 300;

/** The compact chart points of scorecard.summary: the top of the ranking. */
type Item = { id: string; rank: number; title: string; effort: number; valueScore: number; npv: number; crowns: number };
type Point = { x: number; y: number; z: number; title: string; npv: number; rank: number };

function BubbleTooltip({ active, payload, currency }: { active?: boolean; payload?: { payload: Point }[]; currency: string }) {
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div className="max-w-64 rounded-md bg-white px-3 py-2 text-xs shadow-lg ring-1 ring-slate-200">
      <p className="font-semibold text-slate-900">
        #{p.rank} {p.title}
      </p>
      <p className="text-slate-700">
        Value {formatSigned(p.y, 1)} · effort {formatNumber(p.x, 1)} · NPV {formatMoneyShort(p.npv, currency)}
      </p>
    </div>
  );
}

/** Value against effort: top-left is the most value for the least effort; bubble size is NPV, colour the crowns. */
export function ValueEffortChart({ points, total, currency }: { points: Item[]; total: number; currency: string }) {
  const shown = useMemo(() => points.slice(0, BUBBLE_LIMIT), [points]);
  const series = useMemo(
    () =>
      [0, 1, 2, 3].map((crowns) =>
        shown
          .filter((i) => i.crowns === crowns)
          .map((i): Point => ({ x: i.effort, y: i.valueScore, z: Math.max(0, i.npv), title: i.title, npv: i.npv, rank: i.rank })),
      ),
    [shown],
  );
  return (
    <ChartFigure
      id="value-effort"
      title="Value against effort"
      howToRead={
        <>
          Top left is the most value for the least effort. Bubble size is NPV (a negative NPV draws the smallest bubble); colour is the
          number of crowns. {total > shown.length ? `Showing the top ${shown.length} of ${total} by rank.` : null}
        </>
      }
      table={
        <table className="w-full text-left text-xs">
          <caption className="sr-only">Value, effort and NPV of each initiative in the chart</caption>
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="py-1 pr-2 font-medium">
                Initiative
              </th>
              <th scope="col" className="py-1 pr-2 text-right font-medium">
                Value
              </th>
              <th scope="col" className="py-1 pr-2 text-right font-medium">
                Effort
              </th>
              <th scope="col" className="py-1 pr-2 text-right font-medium">
                NPV
              </th>
              <th scope="col" className="py-1 font-medium">
                Crowns
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => (
              <tr key={i.id} className="border-t border-slate-100">
                <td className="py-1 pr-2">{i.title}</td>
                <td className="py-1 pr-2 text-right tabular-nums">{formatSigned(i.valueScore, 1)}</td>
                <td className="py-1 pr-2 text-right tabular-nums">{formatNumber(i.effort, 1)}</td>
                <td className="py-1 pr-2 text-right tabular-nums">{formatMoneyShort(i.npv, currency)}</td>
                <td className="py-1">{CROWN_COUNT_LABELS[i.crowns]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div className="h-80" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e2e8f0" />
            <XAxis
              type="number"
              dataKey="x"
              name="Effort"
              tick={{ fontSize: 11, fill: "#475569" }}
              label={{ value: "Effort", position: "insideBottom", offset: -12, fontSize: 12, fill: "#334155" }}
            />
            <YAxis
              type="number"
              dataKey="y"
              name="Value score"
              tick={{ fontSize: 11, fill: "#475569" }}
              width={40}
              label={{ value: "Value", angle: -90, position: "insideLeft", offset: 12, fontSize: 12, fill: "#334155" }}
            />
            <ZAxis type="number" dataKey="z" range={[30, 500]} name="NPV" />
            <Tooltip content={<BubbleTooltip currency={currency} />} />
            <Legend verticalAlign="top" height={28} iconSize={10} wrapperStyle={{ fontSize: 12 }} itemSorter={legendOrder} />
            {series.map((points, crowns) => (
              <Scatter
                key={crowns}
                name={CROWN_COUNT_LABELS[crowns]}
                data={points}
                fill={CROWN_COUNT_COLORS[crowns]}
                fillOpacity={0.7}
                stroke={CROWN_COUNT_COLORS[crowns]}
                isAnimationActive={false}
              />
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </ChartFigure>
  );
}
