import { InfoTip } from "../guide/info-tip";
import { Card } from "../ui/card";
import { departmentName, initiativesText, MIN_BASIS, ratioText, type BenefitsData } from "./words";

type Crown = BenefitsData["calibration"]["overall"]["cost"];

/** One ratio in words: "60% (3 initiatives)", or why there is none. */
function RatioCell({ crown, label }: { crown: Crown; label: string }) {
  if (crown.ratio === null) return <span className="text-slate-500">no done estimates</span>;
  const tooFew = crown.initiatives < MIN_BASIS;
  const tone = crown.ratio < 0.8 ? "text-red-700" : crown.ratio > 1.2 ? "text-emerald-700" : "text-slate-900";
  return (
    <span data-testid={`ratio-${label}`}>
      <span className={`font-semibold tabular-nums ${tone}`}>{ratioText(crown.ratio)}</span>{" "}
      <span className="text-slate-600">({initiativesText(crown.initiatives)})</span>
      {tooFew ? <span className="block text-xs text-slate-500">too few to calibrate</span> : null}
    </span>
  );
}

/**
 * How far each department's estimates have come true: realised as a share
 * of planned over the periods recorded for its done work (docs/scoring.md
 * §10.2). It is what the scorecard's calibrated values scale estimates by.
 */
export function CalibrationTable({ calibration }: { calibration: BenefitsData["calibration"] }) {
  return (
    <Card
      className="overflow-x-auto print:break-inside-avoid print:shadow-none"
      role="region"
      aria-label="How estimates have come true"
      tabIndex={0}
    >
      <table className="w-full text-left text-sm" data-testid="calibration-table">
        <caption className="px-4 pt-4 text-left">
          <span className="flex items-center gap-1 text-lg font-semibold text-slate-900">
            How estimates have come true <InfoTip entry="realisation-ratio" figure="the realisation ratio" />
            <InfoTip entry="calibrated-value" figure="the calibrated value" />
          </span>
          <span className="block max-w-3xl text-xs font-normal text-slate-600">
            For each department&apos;s done work: what was realised as a share of what its likely yearly estimate planned for the same
            periods (100% means the estimates came true; below it, the department over-promised). Bigger plans weigh more. A ratio is used
            to calibrate estimates on the scorecard only when it rests on at least {MIN_BASIS} done initiatives; otherwise the
            workspace&apos;s ratio is used, when that does.
          </span>
        </caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Department
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Cost estimates realised
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Revenue estimates realised
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {calibration.departments.map((d) => (
            <tr key={d.department} data-testid="calibration-row">
              <th scope="row" className="px-3 py-2 font-medium text-slate-900">
                {departmentName(d.department)}
              </th>
              <td className="px-3 py-2">
                <RatioCell crown={d.realisation.cost} label="cost" />
              </td>
              <td className="px-3 py-2">
                <RatioCell crown={d.realisation.revenue} label="revenue" />
              </td>
            </tr>
          ))}
          <tr className="bg-slate-50">
            <th scope="row" className="px-3 py-2 font-semibold text-slate-900">
              Whole workspace
            </th>
            <td className="px-3 py-2">
              <RatioCell crown={calibration.overall.cost} label="cost" />
            </td>
            <td className="px-3 py-2">
              <RatioCell crown={calibration.overall.revenue} label="revenue" />
            </td>
          </tr>
        </tbody>
      </table>
    </Card>
  );
}
