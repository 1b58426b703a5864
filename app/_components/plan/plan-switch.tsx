"use client";

import { Link } from "@/app/_components/ui/link";
import { cn } from "../ui/cn";

export type RoadmapMode = "greedy" | "optimal";

/** The roadmap's two plans, as links (so a plan can be shared and the back button works). */
export function PlanSwitch({ slug, mode }: { slug: string; mode: RoadmapMode }) {
  const options = [
    { mode: "greedy" as const, href: `/w/${slug}/roadmap`, label: "Greedy", hint: "most urgent first" },
    { mode: "optimal" as const, href: `/w/${slug}/roadmap?plan=optimal`, label: "Optimal", hint: "most value that fits" },
  ];
  return (
    <nav aria-label="Plan" className="no-print inline-flex rounded-lg bg-slate-100 p-1" data-testid="plan-switch">
      {options.map((o) => (
        <Link
          key={o.mode}
          href={o.href}
          aria-current={o.mode === mode ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-1.5 text-sm font-medium",
            o.mode === mode ? "bg-white text-brand-700 shadow-sm" : "text-slate-700 hover:text-slate-900",
          )}
        >
          {o.label} <span className="hidden font-normal text-slate-600 sm:inline">· {o.hint}</span>
        </Link>
      ))}
    </nav>
  );
}
