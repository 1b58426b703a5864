import { Card } from "../ui/card";
import { cn } from "../ui/cn";
import { formatNumber, formatSigned } from "../ui/format";
import type { Headline } from "./types";
import { formatMoneyShort } from "../charts/format-short";
import { InfoTip } from "../guide/info-tip";
import type { GlossaryId } from "../guide/glossary-entries";

type Figure = { label: string; value: string; hint: string; tone?: "good" | "bad"; tip?: { entry: GlossaryId; figure: string } };

function figures(h: Headline, currency: string): Figure[] {
  return [
    {
      label: "Open initiatives",
      value: formatNumber(h.initiatives, 0),
      hint: `ranked below: proposed, approved, in progress (${formatNumber(h.closed.done, 0)} done and ${formatNumber(h.closed.cancelled, 0)} cancelled listed apart)`,
    },
    {
      label: "Triple crowns",
      value: formatNumber(h.tripleCrowns, 0),
      hint: "open work with better experience, lower cost and more revenue at once",
      tip: { entry: "crowns", figure: "a triple crown" },
    },
    { label: "On the roadmap", value: formatNumber(h.scheduled, 0), hint: "in progress, pinned or planned within capacity" },
    {
      label: "Planned cost reduction",
      value: formatMoneyShort(h.plannedCostReduction, currency),
      hint: "per year (likely), of the work on the roadmap",
    },
    {
      label: "Planned revenue growth",
      value: formatMoneyShort(h.plannedRevenueGrowth, currency),
      hint: "per year (likely), of the work on the roadmap",
    },
    {
      label: "NPV of the plan",
      value: formatMoneyShort(h.totalNpv, currency),
      hint: "sum of the net present values of the work on the roadmap",
      tip: { entry: "npv", figure: "the NPV of the plan" },
      tone: h.totalNpv < 0 ? "bad" : undefined,
    },
    {
      label: "Experience score of the plan",
      value: formatSigned(h.experienceScore, 1),
      hint: "sum of the experience crown scores (−10..+10 each) of the work on the roadmap",
      tip: { entry: "crowns", figure: "the experience score of the plan" },
      tone: h.experienceScore > 0 ? "good" : h.experienceScore < 0 ? "bad" : undefined,
    },
  ];
}

/** The numbers an executive reads first. */
export function HeadlineFigures({ headline, currency }: { headline: Headline; currency: string }) {
  return (
    <section aria-labelledby="headline-title" className="mb-6">
      <h2 id="headline-title" className="sr-only">
        Headline figures
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-7 print:grid-cols-7">
        {figures(headline, currency).map((f) => (
          <Card key={f.label} className="p-3 print:break-inside-avoid">
            <dt className="flex items-center gap-1 text-xs font-medium text-slate-600">
              <span>{f.label}</span>
              {f.tip ? <InfoTip entry={f.tip.entry} figure={f.tip.figure} /> : null}
            </dt>
            <dd
              className={cn(
                "mt-1 text-xl font-semibold tabular-nums",
                f.tone === "good" ? "text-emerald-700" : f.tone === "bad" ? "text-red-700" : "text-slate-900",
              )}
            >
              {f.value}
            </dd>
            <dd className="mt-0.5 text-xs leading-snug text-slate-600">{f.hint}</dd>
          </Card>
        ))}
      </dl>
    </section>
  );
}
