import { formatMoneyShort, formatNumber, formatSigned, formatYears } from "@/server/format/figures";
import { confidenceLabel, robustnessLabel, statusLabel } from "@/server/format/words";
import { crownParts, crownRule, thresholdPosition, type CrownScores } from "@/server/format/crown";
import type { ReportData } from "./report";

/** Text into HTML: the report holds titles people typed. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

// Figures and words as the app writes them (server/format): the board pack must say what the overview says.
const money = (value: number | null, currency: string) => formatMoneyShort(value, currency);

const REASON: Record<string, string> = {
  no_positive_value: "no positive value",
  blocked: "blocked by a prerequisite",
  no_capacity: "no capacity left",
};

/**
 * The crown as the app draws it (app/_components/scorecard/crown-bars.tsx), from the same parts (server/format/crown):
 * per part its name, the sign as a shape, a bar from the middle line with the threshold tick, the score in figures and
 * "crown" when won. An SVG bar, not a background, so it prints without asking.
 */
export function crownMarks(scores: CrownScores, threshold: number): string {
  const tick = thresholdPosition(threshold) * 60;
  return crownParts(scores, threshold)
    .map((p) => {
      const w = p.size * 30;
      const x = p.sign === "loss" ? 30 - w : 30;
      const bar = `<svg class="cbar" width="60" height="8" viewBox="0 0 60 8" aria-hidden="true"><rect x="0" y="2" width="60" height="4" rx="2" fill="#f1f5f9"/><rect x="${x.toFixed(1)}" y="2" width="${w.toFixed(1)}" height="4" rx="2" fill="${p.sign === "loss" ? "#dc2626" : "#059669"}"/><rect x="29.75" y="1" width="0.5" height="6" fill="#94a3b8"/><rect x="${(tick - 0.5).toFixed(1)}" y="0" width="1" height="8" fill="#0f172a"/></svg>`;
      return `<div class="cpart${p.won ? " won" : ""}"><span class="cname">${p.name} ${p.signMark}</span>${bar}<span class="cscore">${p.scoreText}${p.won ? " crown" : ""}</span></div>`;
    })
    .join("");
}

/** The legend above the first crowns of the pack: the same words as the app's legend. */
export function crownLegend(threshold: number): string {
  return `<p class="sub legend"><b>How to read the crown:</b> ${esc(crownRule(threshold))}</p>`;
}

/** The three weighted parts as a bar: their sum is the value score. */
function breakdownBar(parts: { experience: number; cost: number; revenue: number }): string {
  const total = Math.abs(parts.experience) + Math.abs(parts.cost) + Math.abs(parts.revenue) || 1;
  const seg = (cls: string, v: number) =>
    `<span class="seg ${cls}${v < 0 ? " neg" : ""}" style="width:${((Math.abs(v) / total) * 100).toFixed(1)}%"></span>`;
  return `<div class="bar">${seg("e", parts.experience)}${seg("c", parts.cost)}${seg("r", parts.revenue)}</div>
    <div class="parts">Experience ${formatSigned(parts.experience, 1)} · Cost ${formatSigned(parts.cost, 1)} · Revenue ${formatSigned(parts.revenue, 1)}</div>`;
}

const STYLE = `
@page { size: A4 landscape; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #0f172a; font-size: 9.5pt; margin: 0; }
h1 { font-size: 17pt; margin: 0; }
h2 { font-size: 11.5pt; margin: 14px 0 6px; border-bottom: 1px solid #cbd5e1; padding-bottom: 3px; }
.sub { color: #475569; font-size: 8.5pt; margin-top: 2px; }
.cards { display: grid; grid-template-columns: repeat(7, 1fr); gap: 6px; margin-top: 10px; }
.card { border: 1px solid #cbd5e1; border-radius: 6px; padding: 6px 8px; }
.card b { display: block; font-size: 13pt; }
.card span { color: #475569; font-size: 7.5pt; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-size: 7.5pt; text-transform: uppercase; color: #475569; border-bottom: 1px solid #94a3b8; padding: 3px 4px; }
td { border-bottom: 1px solid #e2e8f0; padding: 3px 4px; vertical-align: top; }
tr { page-break-inside: avoid; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.cpart { display: flex; align-items: center; gap: 3px; font-size: 7pt; white-space: nowrap; line-height: 1.25; }
.cpart .cname { width: 58px; color: #334155; }
.cpart .cscore { color: #334155; font-variant-numeric: tabular-nums; }
.cpart.won .cname, .cpart.won .cscore { font-weight: bold; color: #0f172a; }
.triple { color: #b45309; font-weight: bold; font-size: 7.5pt; white-space: nowrap; }
.bar { display: flex; height: 6px; width: 120px; background: #f1f5f9; border-radius: 3px; overflow: hidden; }
.seg.e { background: #7c3aed; } .seg.c { background: #0891b2; } .seg.r { background: #16a34a; } .seg.neg { background: #dc2626; }
.parts { font-size: 7pt; color: #475569; }
.flag { display: inline-block; font-size: 7pt; padding: 0 3px; border-radius: 3px; background: #fee2e2; color: #991b1b; margin: 1px 0; }
.muted { color: #64748b; }
.cols { display: grid; grid-template-columns: 1.4fr 1fr; gap: 16px; }
.cap { height: 6px; background: #f1f5f9; border-radius: 3px; overflow: hidden; width: 80px; display: inline-block; vertical-align: middle; }
.cap > span { display: block; height: 100%; background: #2563eb; }
.cap.over > span { background: #dc2626; }
.break { page-break-before: always; }
`;

const VERDICTS: [string, string][] = [
  ["delivered", "delivered"],
  ["partly", "partly"],
  ["not_yet", "not yet"],
  ["not_measured", "not measured"],
];
function verdictWords(v: Record<string, number>): string {
  return (
    VERDICTS.filter(([k]) => (v[k] ?? 0) > 0)
      .map(([k, word]) => `${v[k]} ${word}`)
      .join(" · ") || "no measures"
  );
}

const share = (realised: number, planned: number) => (planned > 0 ? `${formatNumber((realised / planned) * 100, 0)}%` : "—");

type Crown = { ratio: number | null; initiatives: number };
function ratioCell(c: Crown, minimum: number): string {
  if (c.ratio === null) return `<span class="muted">no done estimates</span>`;
  const n = `${c.initiatives} ${c.initiatives === 1 ? "initiative" : "initiatives"}`;
  return `${formatNumber(c.ratio * 100, 0)}% <span class="muted">(${n}${c.initiatives < minimum ? ", too few to calibrate" : ""})</span>`;
}

/** Benefits realisation for the board pack: totals, departments and how their estimates came true. */
function benefitsSection(r: ReportData): string {
  const b = r.benefits;
  const c = r.workspace.currency;
  if (b.total.initiatives === 0) {
    return `<h2>Benefits realisation</h2><p class="muted">Nothing has been delivered yet: once work is done and results are recorded, what it brought against its plan shows here.</p>`;
  }
  const row = (name: string, g: typeof b.total, bold = false) => {
    const w = (t: string) => (bold ? `<b>${t}</b>` : t);
    return `<tr>
  <td>${w(esc(name))}</td><td class="num">${g.initiatives}</td>
  <td class="num">${w(money(g.planned.cost, c))}</td><td class="num">${w(money(g.realised.cost, c))}</td><td class="num">${share(g.realised.cost, g.plannedRecorded.cost)}</td>
  <td class="num">${w(money(g.planned.revenue, c))}</td><td class="num">${w(money(g.realised.revenue, c))}</td><td class="num">${share(g.realised.revenue, g.plannedRecorded.revenue)}</td>
  <td>${verdictWords(g.verdicts)}</td>
</tr>`;
  };
  const departments =
    b.departments.map((d) => row(d.name || "No department", d)).join("") +
    (b.moreDepartments ? `<tr><td colspan="9" class="muted">and ${b.moreDepartments} more departments</td></tr>` : "") +
    row("Total", b.total, true);
  const cal = b.calibration;
  const calibration =
    cal.departments
      .map(
        (d) =>
          `<tr><td>${esc(d.department || "No department")}</td><td>${ratioCell(d.realisation.cost, cal.minimum)}</td><td>${ratioCell(d.realisation.revenue, cal.minimum)}</td></tr>`,
      )
      .join("") +
    `<tr><td><b>Whole workspace</b></td><td>${ratioCell(cal.overall.cost, cal.minimum)}</td><td>${ratioCell(cal.overall.revenue, cal.minimum)}</td></tr>`;
  return `<h2>Benefits realisation</h2>
<div class="cols">
  <section>
    <table>
      <thead><tr><th>Department</th><th class="num">Initiatives</th><th class="num">Cost plan</th><th class="num">Cost real</th><th class="num">Share</th><th class="num">Revenue plan</th><th class="num">Revenue real</th><th class="num">Share</th><th>Measures</th></tr></thead>
      <tbody>${departments}</tbody>
    </table>
    <p class="sub">Delivered work since delivery${b.latestEndedPeriod ? `, up to ${esc(b.latestEndedPeriod)}` : ""}: planned is the likely yearly estimate × each period's share of a year; share is realised against the plan of the periods recorded (${b.total.periodsNotRecorded} periods not recorded yet).</p>
  </section>
  <section>
    <table>
      <thead><tr><th>Estimates realised</th><th>Cost</th><th>Revenue</th></tr></thead>
      <tbody>${calibration}</tbody>
    </table>
    <p class="sub">Realised as a share of planned on each department's done work; below 100% it over-promised. Used to calibrate estimates only on at least ${cal.minimum} initiatives.</p>
  </section>
</div>`;
}

/**
 * The executive scorecard as one self-contained HTML page (no scripts, no
 * external files): headline figures, the top initiatives with crowns and
 * breakdown, the roadmap per period, plan against realised and benefits
 * realisation. Printed to
 * A4 landscape it takes 1–3 pages.
 */
export function renderReportHtml(r: ReportData): string {
  const c = r.workspace.currency;
  const h = r.headline;
  const cards = [
    [formatNumber(h.initiatives, 0), "initiatives (not cancelled)"],
    [formatNumber(h.tripleCrowns, 0), "triple crowns"],
    [formatNumber(h.scheduled, 0), "scheduled on the roadmap"],
    [money(h.plannedCostReduction, c), "planned cost reduction / year"],
    [money(h.plannedRevenueGrowth, c), "planned revenue growth / year"],
    [money(h.totalNpv, c), "NPV of scheduled work"],
    [formatSigned(h.experienceScore, 1), "experience score of scheduled work"],
  ]
    .map(([value, label]) => `<div class="card"><b>${esc(value!)}</b><span>${esc(label!)}</span></div>`)
    .join("");

  const top = r.top.length
    ? r.top
        .map((i) => {
          const flags = [
            i.harmsExperience ? `<span class="flag">harms experience</span>` : "",
            i.notLinkedToOutcome ? `<span class="flag">not linked to an outcome</span>` : "",
          ].join(" ");
          return `<tr>
  <td class="num">${i.rank}</td>
  <td><b>${esc(i.title)}</b><div class="muted">${esc(i.department || "—")} · ${statusLabel(i.status)}</div></td>
  <td>${crownMarks(i.scores, r.model.crownThreshold)}${i.tripleCrown ? `<div class="triple">Triple crown</div>` : ""}</td>
  <td class="num">${formatSigned(i.valueScore, 1)}</td>
  <td class="num">${formatNumber(i.priority, 2)}</td>
  <td>${breakdownBar(i.parts)}</td>
  <td class="num">${money(i.npv, c)}</td>
  <td class="num">${i.paybackYears === null ? "never pays back" : formatYears(i.paybackYears)}</td>
  <td>${confidenceLabel(i.confidence)}</td>
  <td>${robustnessLabel(i.robust)}</td>
  <td>${flags}</td>
</tr>`;
        })
        .join("")
    : `<tr><td colspan="11" class="muted">No initiatives yet.</td></tr>`;

  const periods = r.periods.length
    ? r.periods
        .map((p) => {
          const share = p.capacity > 0 ? Math.min(100, (p.used / p.capacity) * 100) : p.used > 0 ? 100 : 0;
          const titles = p.starting.map(esc).join("; ") + (p.moreStarting ? ` <span class="muted">and ${p.moreStarting} more</span>` : "");
          return `<tr>
  <td style="white-space:nowrap"><b>${esc(p.label)}</b></td>
  <td class="num"><span class="cap${p.overCapacity ? " over" : ""}"><span style="width:${share.toFixed(0)}%"></span></span> ${formatNumber(p.used, 1)} / ${formatNumber(p.capacity, 1)}</td>
  <td>${titles || `<span class="muted">nothing starts</span>`}</td>
</tr>`;
        })
        .join("")
    : `<tr><td colspan="3" class="muted">No periods are defined, so nothing is planned yet.</td></tr>`;

  const u = r.unscheduled;
  const unscheduledText = Object.entries(u)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${n} ${REASON[reason] ?? reason}`)
    .join(", ");

  const pv = r.planVsRealised;
  const planRows = pv.rows.length
    ? pv.rows
        .map(
          (p) => `<tr>
  <td>${esc(p.title)}<div class="muted">${statusLabel(p.status)} · ${formatNumber(p.progress, 0)}%</div></td>
  <td class="num">${money(p.plannedCostReduction, c)}</td><td class="num">${money(p.realisedCostReduction, c)}</td>
  <td class="num">${money(p.plannedRevenueGrowth, c)}</td><td class="num">${money(p.realisedRevenueGrowth, c)}</td>
</tr>`,
        )
        .join("") + (pv.more ? `<tr><td colspan="5" class="muted">and ${pv.more} more in progress or done</td></tr>` : "")
    : `<tr><td colspan="5" class="muted">Nothing is in progress or done yet.</td></tr>`;

  const w = r.model.weights;
  const date = r.generatedAt.slice(0, 10);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Executive scorecard · ${esc(r.workspace.name)}</title><style>${STYLE}</style></head>
<body>
<header>
  <h1>Executive scorecard · ${esc(r.workspace.name)}</h1>
  <div class="sub">${date} · scoring model v${r.model.number}: experience ${w.experience}, cost ${w.cost}, revenue ${w.revenue} · ${r.totalInitiatives} initiatives scored</div>
</header>
<div class="cards">${cards}</div>

<h2>Top ${r.top.length} initiatives</h2>
${crownLegend(r.model.crownThreshold)}
<table>
  <thead><tr><th class="num">#</th><th>Initiative</th><th>Crowns</th><th class="num">Value</th><th class="num">Priority</th><th>Breakdown (weighted parts)</th><th class="num">NPV</th><th class="num">Payback</th><th>Confidence</th><th>Ranking</th><th>Flags</th></tr></thead>
  <tbody>${top}</tbody>
</table>

<div class="cols">
  <section>
    <h2>Roadmap</h2>
    <table>
      <thead><tr><th>Period</th><th class="num">Capacity used</th><th>Starts</th></tr></thead>
      <tbody>${periods}</tbody>
    </table>
    <p class="sub">${r.roadmapTotals.scheduledCount} scheduled (${r.roadmapTotals.tripleCrownsScheduled} triple crowns), ${r.roadmapTotals.unscheduledCount} not scheduled${unscheduledText ? `: ${esc(unscheduledText)}` : ""}.</p>
  </section>
  <section>
    <h2>Plan vs realised</h2>
    <table>
      <thead><tr><th>Initiative</th><th class="num">Cost plan</th><th class="num">Cost real</th><th class="num">Revenue plan</th><th class="num">Revenue real</th></tr></thead>
      <tbody>${planRows}
        <tr><td><b>Total</b></td><td class="num"><b>${money(pv.totals.plannedCostReduction, c)}</b></td><td class="num"><b>${money(pv.totals.realisedCostReduction, c)}</b></td><td class="num"><b>${money(pv.totals.plannedRevenueGrowth, c)}</b></td><td class="num"><b>${money(pv.totals.realisedRevenueGrowth, c)}</b></td></tr>
      </tbody>
    </table>
    <p class="sub">Planned: the likely yearly amounts. Realised: the sums recorded so far.</p>
  </section>
</div>
${benefitsSection(r)}
</body></html>`;
}
