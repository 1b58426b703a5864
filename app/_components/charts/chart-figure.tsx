import type { ReactNode } from "react";
import { Card } from "../ui/card";

/** A chart with its title, a sentence on how to read it, and (for screen readers and paper) the numbers behind it. */
export function ChartFigure({
  id,
  title,
  howToRead,
  children,
  table,
  className,
}: {
  id: string;
  title: string;
  howToRead: ReactNode;
  children: ReactNode;
  table?: ReactNode;
  className?: string;
}) {
  return (
    <Card className={`p-4 print:break-inside-avoid print:shadow-none ${className ?? ""}`}>
      <figure aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        <figcaption className="mt-0.5 text-xs text-slate-600">{howToRead}</figcaption>
        <div className="mt-3">{children}</div>
        {table ? (
          <details className="no-print mt-2 text-sm">
            <summary className="cursor-pointer text-xs font-medium text-brand-700">Show the numbers</summary>
            <div className="mt-2 max-h-64 overflow-auto">{table}</div>
          </details>
        ) : null}
      </figure>
    </Card>
  );
}
