import { Card, Skeleton } from "../ui/card";

/**
 * A chart's card before its code is fetched: the title at once, a block as tall as the chart. The browser's own
 * print (Ctrl+P) cannot wait for the chart's code, so a printout says how to get the chart instead of a grey block.
 */
export function ChartPlaceholder({ title, chartHeight }: { title: string; chartHeight: string }) {
  return (
    <Card className="p-4" aria-busy="true">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      <Skeleton className="mt-1.5 h-3 w-3/4 print:hidden" />
      <Skeleton className={`mt-3 w-full ${chartHeight} print:hidden`} />
      <p className="mt-2 hidden text-sm text-slate-700 print:block">
        This chart was not drawn yet. Print with the page&apos;s Print button to include it.
      </p>
    </Card>
  );
}
