import type { DecisionEntry } from "@/server/domain/decision/queries";
import { formatDate, formatMoney, formatNumber, formatPercent, formatSigned } from "../ui/format";

/** What the executive did, in the words the status control uses for it. */
export function decisionVerb(d: Pick<DecisionEntry, "outcome" | "fromStatus">): string {
  if (d.outcome === "approved") return "Approved";
  if (d.fromStatus === "proposed") return "Rejected";
  if (d.fromStatus === "in_progress") return "Stopped";
  return "Cancelled";
}

/** "Approved on 3 Mar 2027 by Ana Lopez — ‘reason’." */
export function decidedLine(d: DecisionEntry): string {
  const by = d.decidedBy ? ` by ${d.decidedBy.name ?? "a former member"}` : " by a former member";
  const reason = d.reason ? ` — ‘${d.reason}’` : "";
  // A reason that ends a sentence already ends the line: no second full stop after the quote.
  const end = /[.!?]$/.test(d.reason) ? "" : ".";
  return `${decisionVerb(d)} on ${formatDate(d.decidedAt)}${by}${reason}${end}`;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** "Expected then: value +14.3 (rank 2 of 18, 2 crowns), cost reduction €120,000 a year, …". */
export function expectedLine(d: DecisionEntry, currency: string): string {
  const f = d.figures;
  if (!f.scored) return `No figures kept: ${f.reason}`;
  const place = f.rank === null ? "not ranked" : `rank ${f.rank} of ${f.ranked}`;
  const confidence =
    f.confidenceSource === "evidence"
      ? `confidence ${formatNumber(f.confidence, 2)} from ${f.confidenceAssumptions === 1 ? "1 assumption or risk" : `${f.confidenceAssumptions} assumptions and risks`}`
      : `confidence ${formatNumber(f.confidence, 2)} picked by hand`;
  return (
    `Expected then: value ${formatSigned(f.valueScore)} (${place}, ${plural(f.crowns, "crown")}), ` +
    `cost reduction ${formatMoney(f.costReduction.likely, currency)} a year, ` +
    `revenue growth ${formatMoney(f.revenueGrowth.likely, currency)} a year, ` +
    `investment ${formatMoney(f.investment, currency)}; ${confidence} (scoring model v${d.modelNumber}).`
  );
}

type Against = NonNullable<DecisionEntry["realisedSince"]>["costReduction"];

function againstText(what: string, a: Against, periods: number, currency: string): string {
  const share = a.share === null ? "" : ` (${formatPercent(a.share * 100)})`;
  return `${what} ${formatMoney(a.realised, currency)} over ${plural(periods, "period")} against ${formatMoney(a.planned, currency)} planned for them${share}`;
}

/**
 * "Realised since: cost reduction €80,000 over 3 periods against €90,000
 * planned for them (89%)"; revenue too when either side of it is not zero.
 */
export function realisedLine(d: DecisionEntry, currency: string): string | null {
  const r = d.realisedSince;
  if (!r) return null;
  const parts = [againstText("cost reduction", r.costReduction, r.periods, currency)];
  if (r.revenueGrowth.realised !== 0 || r.revenueGrowth.planned !== 0) {
    parts.push(againstText("revenue growth", r.revenueGrowth, r.periods, currency));
  }
  return `Realised since: ${parts.join("; ")}.`;
}
