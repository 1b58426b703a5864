import { Card, Skeleton } from "../ui/card";

/** A chart's card before its code is fetched: the title at once, a block as tall as the chart. */
export function ChartPlaceholder({ title, chartHeight }: { title: string; chartHeight: string }) {
  return (
    <Card className="p-4" aria-busy="true">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      <Skeleton className="mt-1.5 h-3 w-3/4" />
      <Skeleton className={`mt-3 w-full ${chartHeight}`} />
    </Card>
  );
}
