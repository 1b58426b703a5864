import { Link } from "@/app/_components/ui/link";
import type { InitiativeListItem } from "../trpc/types";
import { Badge } from "../ui/card";
import { formatMoney, formatNumber } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { Crowns } from "./crowns";
import { STATUS_LABELS, STATUS_TONES } from "./labels";

type Row = InitiativeListItem;

/** The initiatives table on a phone: one card per initiative, same order. */
export function InitiativeCards({ rows }: { rows: Row[] }) {
  const ws = useWorkspace();
  return (
    <ul className="divide-y divide-slate-100 md:hidden" aria-label="Initiatives">
      {rows.map((i) => (
        <li key={i.id} className="px-4 py-3">
          <div className="flex items-start justify-between gap-3">
            <Link href={`/w/${ws.slug}/initiatives/${i.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
              {i.title}
            </Link>
            <Badge tone={STATUS_TONES[i.status]}>{STATUS_LABELS[i.status]}</Badge>
          </div>
          <p className="mt-1 text-sm text-slate-600">
            {[i.department, i.ownerName].filter(Boolean).join(" · ") || "No department or owner yet"}
          </p>
          <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            {i.score ? (
              <span className="inline-flex items-center gap-1.5">
                <Crowns scores={i.score.scores} threshold={i.score.crownThreshold} />
                <span className="font-semibold tabular-nums">{formatNumber(i.score.valueScore, 1)}</span>
                <span className="text-slate-600">rank {i.score.rank}</span>
              </span>
            ) : null}
            <span className="text-slate-600">{formatMoney(i.costReduction.likely, ws.currency)} a year</span>
            {i.effectCount === 0 ? (
              <Badge tone="amber">Not linked</Badge>
            ) : (
              <span className="text-slate-600">
                {i.effectCount} {i.effectCount === 1 ? "moment" : "moments"}
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
