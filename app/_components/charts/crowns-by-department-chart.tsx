"use client";

import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { compareText } from "../ui/compare-text";
import { ChartFigure } from "./chart-figure";
import { CROWN_COUNT_COLORS, CROWN_COUNT_LABELS, legendOrder } from "./crown-colors";

/** Departments drawn one by one; the rest are added up as "Other departments". */
const DEPARTMENT_LIMIT = 12;

/** One department's initiatives (cancelled ones left out) by number of crowns, as scorecard.summary gives them. */
type Department = { department: string; crowns: readonly number[]; count: number };
type Row = { department: string; c0: number; c1: number; c2: number; c3: number; total: number };

function byDepartment(departments: Department[]): Row[] {
  const map = new Map<string, Row>();
  for (const d of departments) {
    const [c0 = 0, c1 = 0, c2 = 0, c3 = 0] = d.crowns;
    map.set(d.department, { department: d.department, c0, c1, c2, c3, total: d.count });
  }
  const rows = [...map.values()].sort((a, b) => b.c3 - a.c3 || b.total - a.total || compareText(a.department, b.department));
  if (rows.length <= DEPARTMENT_LIMIT) return rows;
  const other = rows
    .slice(DEPARTMENT_LIMIT - 1)
    .reduce((o, r) => ({ ...o, c0: o.c0 + r.c0, c1: o.c1 + r.c1, c2: o.c2 + r.c2, c3: o.c3 + r.c3, total: o.total + r.total }), {
      department: "Other departments",
      c0: 0,
      c1: 0,
      c2: 0,
      c3: 0,
      total: 0,
    });
  return [...rows.slice(0, DEPARTMENT_LIMIT - 1), other];
}

/** How many initiatives of each department win 0, 1, 2 or 3 crowns. */
export function CrownsByDepartmentChart({ departments }: { departments: Department[] }) {
  const rows = useMemo(() => byDepartment(departments), [departments]);
  const keys = ["c0", "c1", "c2", "c3"] as const;
  return (
    <ChartFigure
      id="crowns-department"
      title="Crowns by department"
      howToRead="Initiatives per department (cancelled ones left out), split by how many crowns each wins. Gold is a triple crown."
      table={
        <table className="w-full text-left text-xs">
          <caption className="sr-only">Initiatives per department by number of crowns</caption>
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="py-1 pr-2 font-medium">
                Department
              </th>
              {CROWN_COUNT_LABELS.map((l) => (
                <th key={l} scope="col" className="py-1 pr-2 text-right font-medium">
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.department} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-2 font-normal">
                  {r.department}
                </th>
                {keys.map((k) => (
                  <td key={k} className="py-1 pr-2 text-right tabular-nums">
                    {r[k]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div style={{ height: 56 + rows.length * 30 }} aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e2e8f0" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: "#475569" }} />
            <YAxis type="category" dataKey="department" width={130} tick={{ fontSize: 11, fill: "#334155" }} interval={0} />
            <Tooltip cursor={{ fill: "#f1f5f9" }} wrapperStyle={{ fontSize: 12 }} />
            <Legend verticalAlign="top" height={28} iconSize={10} wrapperStyle={{ fontSize: 12 }} itemSorter={legendOrder} />
            {keys.map((k, n) => (
              <Bar
                key={k}
                dataKey={k}
                name={CROWN_COUNT_LABELS[n]}
                stackId="crowns"
                fill={CROWN_COUNT_COLORS[n]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartFigure>
  );
}
