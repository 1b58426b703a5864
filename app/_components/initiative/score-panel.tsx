"use client";

import type { Crown } from "@/server/scoring";
import { DepartmentCalibrationNote } from "../benefits/department-calibration";
import { Badge, Card, Skeleton } from "../ui/card";
import { cn } from "../ui/cn";
import { formatMoney, formatNumber, formatSigned, formatYears } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { InfoTip } from "../guide/info-tip";
import { confidenceText } from "./confidence-text";
import { Crowns } from "./crowns";
import type { LiveScore } from "./use-live-score";

const CROWN_LABELS: Record<Crown, { name: string; text: string }> = {
  experience: { name: "Experience", text: "from the moments it improves or harms" },
  cost: { name: "Cost", text: "likely yearly cost reduction against the reference amount" },
  revenue: { name: "Revenue", text: "likely yearly revenue growth against the reference amount" },
};

function tone(v: number) {
  return v > 0 ? "text-emerald-700" : v < 0 ? "text-red-700" : "text-slate-700";
}

/** The engine's numbers for the draft, and how they add up: nothing in a score is hidden. */
export function ScorePanel({ live }: { live: LiveScore }) {
  const ws = useWorkspace();
  const readOnly = !ws.canCall("initiative.update");
  if (live.status === "loading") {
    return (
      <Card className="space-y-3 p-4" aria-busy>
        <p className="sr-only">Loading the score…</p>
        <Skeleton className="h-10 w-32" />
        <Skeleton className="h-24 w-full" />
      </Card>
    );
  }
  if (live.status === "invalid") {
    return (
      <Card className="p-4">
        <h2 className="font-semibold text-slate-900">Score</h2>
        <p className="mt-2 text-sm text-amber-800">{live.message}</p>
      </Card>
    );
  }
  const s = live.score;
  const b = s.breakdown;
  return (
    <Card className="p-4" data-testid="score-panel">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2 className="font-semibold text-slate-900">Score</h2>
          <p className="text-xs text-slate-600">
            {readOnly ? "From the engine, on the saved estimates." : "Live, as you type; saved with your changes."}
          </p>
        </div>
        <Crowns scores={s.scores} className="[&_svg]:size-6" />
      </div>
      <dl className="mt-3 grid grid-cols-3 gap-2">
        <div className="rounded-md bg-slate-50 p-2">
          <dt className="flex items-center gap-1 text-xs text-slate-600">
            Value score <InfoTip entry="value" figure="value score" />
          </dt>
          <dd className={cn("text-2xl font-semibold tabular-nums", tone(s.valueScore))} data-testid="value-score">
            {formatNumber(s.valueScore, 1)}
          </dd>
        </div>
        <div className="rounded-md bg-slate-50 p-2">
          <dt className="flex items-center gap-1 text-xs text-slate-600">
            Priority <InfoTip entry="priority" figure="priority" />
          </dt>
          <dd className="text-2xl font-semibold tabular-nums text-slate-900">{formatNumber(s.priority, 2)}</dd>
        </div>
        <div className="rounded-md bg-slate-50 p-2">
          <dt className="text-xs text-slate-600">Rank</dt>
          <dd className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="rank">
            {live.rank ?? "—"}
            <span className="text-sm font-normal text-slate-600"> {live.rank === null ? "below the top 300" : `of ${live.of}`}</span>
          </dd>
        </div>
      </dl>
      {s.tripleCrown ? (
        <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm font-semibold text-amber-900 ring-1 ring-inset ring-amber-200">
          Triple crown: better experience, lower cost and more revenue at once.
        </p>
      ) : null}
      {s.flags.harmsExperience || s.flags.notLinkedToOutcome ? (
        <ul className="mt-3 space-y-1 text-sm" aria-label="Flags">
          {s.flags.harmsExperience ? (
            <li>
              <Badge tone="red">Harms experience</Badge>{" "}
              <span className="text-slate-700">Its effects on the moments of truth are negative overall.</span>
            </li>
          ) : null}
          {s.flags.notLinkedToOutcome ? (
            <li>
              <Badge tone="amber">Not linked to an outcome</Badge>{" "}
              <span className="text-slate-700">Link it to the moments of truth it changes below.</span>
            </li>
          ) : null}
        </ul>
      ) : null}
      <DepartmentCalibrationNote />

      <table className="mt-4 w-full text-sm">
        <caption className="mb-1 text-left text-xs font-medium uppercase tracking-wide text-slate-600">
          How the value adds up <InfoTip entry="crowns" figure="a crown" />
        </caption>
        <thead>
          <tr className="text-xs text-slate-600">
            <th scope="col" className="py-1 text-left font-medium">
              Crown
            </th>
            <th scope="col" className="py-1 pl-2 text-right font-medium">
              Score
            </th>
            <th scope="col" className="py-1 pl-2 text-right font-medium">
              Weight
            </th>
            <th scope="col" className="py-1 pl-2 text-right font-medium">
              Part
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {(["experience", "cost", "revenue"] as const).map((c) => {
            const part = b[c];
            return (
              <tr key={c}>
                <th scope="row" className="py-1.5 text-left font-normal">
                  <span className="font-medium text-slate-900">{CROWN_LABELS[c].name}</span>
                  <span className="block text-xs text-slate-500">{CROWN_LABELS[c].text}</span>
                </th>
                <td className={cn("py-1.5 pl-2 text-right tabular-nums", tone(part.score))}>
                  {formatSigned(part.score, 1)}
                  {part.clamped ? <span className="block text-xs text-slate-500">capped at ±10</span> : null}
                </td>
                <td className="py-1.5 pl-2 text-right tabular-nums text-slate-700">{part.weight}</td>
                <td className={cn("py-1.5 text-right font-medium tabular-nums", tone(part.part))}>{formatSigned(part.part, 1)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-300">
            <th scope="row" className="py-1.5 text-left text-xs font-normal text-slate-600" colSpan={3}>
              Value score (each part already × confidence {formatNumber(b.confidence, 2)})
            </th>
            <td className={cn("py-1.5 text-right font-semibold tabular-nums", tone(s.valueScore))}>{formatSigned(s.valueScore, 1)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="mt-2 text-xs text-slate-600" data-testid="confidence-source">
        {confidenceText(live.confidence)}
      </p>

      {b.links.length ? (
        <div className="mt-4">
          <h3 className="text-xs font-medium uppercase tracking-wide text-slate-600">Experience, moment by moment</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {b.links.map((l) => (
              <li key={l.momentId} className="flex justify-between gap-2">
                <span className="min-w-0 truncate text-slate-800">
                  {live.momentNames.get(l.momentId) ?? "A moment"}{" "}
                  <span className="text-xs text-slate-500">({formatSigned(l.effect, 0)})</span>
                </span>
                <span className={cn("tabular-nums", tone(l.contribution))}>{formatSigned(10 * l.contribution, 2)}</span>
              </li>
            ))}
          </ul>
          <p className="mt-1 flex flex-wrap items-center gap-x-1 text-xs text-slate-500">
            Points towards the experience score: the effect (of 3) × how much the moment counts × how much its category counts × 10.
            <InfoTip entry="moment-weight" figure="how much a moment counts" />
          </p>
        </div>
      ) : null}

      <dl className="mt-4 grid grid-cols-2 gap-x-3 gap-y-2 border-t border-slate-200 pt-3 text-sm">
        <div>
          <dt className="text-xs text-slate-600">Net benefit per year</dt>
          <dd className="font-medium tabular-nums">{formatMoney(s.netAnnualBenefit, ws.currency)}</dd>
        </div>
        <div>
          <dt className="flex items-center gap-1 text-xs text-slate-600">
            NPV over {formatYears(live.model.horizonYears, 0)} <InfoTip entry="npv" figure="NPV" />
          </dt>
          <dd className={cn("font-medium tabular-nums", tone(s.npv))} data-testid="npv">
            {formatMoney(s.npv, ws.currency)}
          </dd>
        </div>
        <div>
          <dt className="flex items-center gap-1 text-xs text-slate-600">
            Payback <InfoTip entry="payback" figure="payback" />
          </dt>
          <dd className="font-medium tabular-nums">{s.paybackYears === null ? "Never" : formatYears(s.paybackYears)}</dd>
        </div>
        <div>
          <dt className="flex items-center gap-1 text-xs text-slate-600">
            Crowns <InfoTip entry="crown-threshold" figure="the crown threshold" />
          </dt>
          <dd className="font-medium">{s.crowns} of 3</dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-slate-500">
        Net benefit = cost reduction + {Math.round(live.model.revenueMargin * 100)}% of revenue growth (the margin).
      </p>
    </Card>
  );
}
