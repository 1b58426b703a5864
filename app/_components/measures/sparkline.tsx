"use client";

import { Line, LineChart, ResponsiveContainer, YAxis } from "recharts";

/** A small trend line; decorative, the numbers beside it carry the meaning. */
export function Sparkline({ values, target }: { values: number[]; target: number | null }) {
  if (values.length < 2) {
    return <div className="flex h-10 items-center text-xs text-slate-500">{values.length ? "One value so far" : "No values yet"}</div>;
  }
  const data = values.map((v, i) => ({ i, v }));
  const all = target === null ? values : [...values, target];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const pad = (max - min) * 0.1 || 1;
  return (
    <div className="h-10 w-full" aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <YAxis hide domain={[min - pad, max + pad]} />
          <Line type="monotone" dataKey="v" stroke="#4f46e5" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
