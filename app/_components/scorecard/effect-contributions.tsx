"use client";

import { useQuery } from "@tanstack/react-query";
import { InfoTip } from "../guide/info-tip";
import { useMemo } from "react";
import { useTRPC } from "../trpc/client";
import { cn } from "../ui/cn";
import { formatNumber, formatSigned } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import type { ScorecardRow } from "./types";

const tone = (v: number) => (v > 0 ? "text-emerald-700" : v < 0 ? "text-red-700" : "text-slate-700");

/** Each moment of truth the initiative changes, and the points it adds to the experience score. */
export function EffectContributions({ row }: { row: ScorecardRow }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const links = row.breakdown.links;
  const moments = useQuery({
    ...trpc.moment.listGrouped.queryOptions({ workspaceId: ws.id }),
    enabled: links.length > 0,
    staleTime: 60_000,
  });
  const names = useMemo(() => {
    const map = new Map<string, { moment: string; category: string }>();
    for (const g of moments.data?.groups ?? [])
      for (const c of g.canvases) for (const m of c.moments) map.set(m.id, { moment: m.name, category: g.categoryName });
    return map;
  }, [moments.data]);

  if (links.length === 0) {
    return (
      <p className="text-sm text-slate-700">
        <span className="font-semibold">No moments of truth linked.</span> Its experience score is 0 and nothing ties it to a Successful
        Customer Outcome: link it to the moments it changes on the initiative page.
      </p>
    );
  }
  const sum = links.reduce((s, l) => s + l.contribution, 0);
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="mb-1 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          Experience, moment by moment
        </caption>
        <thead>
          <tr className="text-xs text-slate-600">
            <th scope="col" className="py-1 text-left font-medium">
              Moment of truth
            </th>
            <th scope="col" className="py-1 pl-3 text-right font-medium">
              Effect
            </th>
            <th scope="col" className="py-1 pl-3 text-right font-medium">
              <span className="inline-flex items-center gap-1">
                Moment counts <InfoTip entry="moment-weight" figure="how much a moment counts" />
              </span>
            </th>
            <th scope="col" className="py-1 pl-3 text-right font-medium">
              <span className="inline-flex items-center gap-1">
                Category counts <InfoTip entry="category-factor" figure="how much a category counts" />
              </span>
            </th>
            <th scope="col" className="py-1 pl-3 text-right font-medium">
              Points
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {links.map((l) => {
            const name = names.get(l.momentId);
            return (
              <tr key={l.momentId}>
                <td className="py-1 text-slate-800">
                  {name?.moment ?? (moments.isPending ? "…" : "A moment")}
                  {name ? <span className="block text-[11px] text-slate-500">{name.category}</span> : null}
                </td>
                <td className={cn("py-1 pl-3 text-right tabular-nums", tone(l.effect))}>{formatSigned(l.effect, 0)}</td>
                <td className="py-1 pl-3 text-right tabular-nums text-slate-700">{formatNumber(l.weight, 2)}</td>
                <td className="py-1 pl-3 text-right tabular-nums text-slate-700">{formatNumber(l.categoryFactor, 2)}</td>
                <td className={cn("py-1 pl-3 text-right font-medium tabular-nums", tone(l.contribution))}>
                  {formatSigned(10 * l.contribution, 2)}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-300">
            <th scope="row" colSpan={4} className="py-1 text-left text-xs font-normal text-slate-700">
              Points = effect ÷ 3 × how much the moment counts × how much its category counts × 10; their sum is the experience score
              {row.breakdown.experience.clamped ? " (capped at ±10)" : ""}
            </th>
            <td className={cn("py-1 pl-3 text-right font-semibold tabular-nums", tone(sum))}>{formatSigned(10 * sum, 2)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
