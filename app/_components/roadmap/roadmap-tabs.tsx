"use client";

import { Link } from "@/app/_components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "../ui/cn";

/** The plan, what it delivered, and what delivered work brought since: views of one roadmap. */
export function RoadmapTabs({ slug }: { slug: string }) {
  const pathname = usePathname();
  const tabs = [
    { href: `/w/${slug}/roadmap`, label: "Plan" },
    { href: `/w/${slug}/roadmap/results`, label: "Plan vs realised" },
    { href: `/w/${slug}/roadmap/benefits`, label: "Benefits" },
    { href: `/w/${slug}/roadmap/scenarios`, label: "Scenarios" },
  ];
  return (
    <nav aria-label="Roadmap views" className="no-print mb-5 flex gap-1 border-b border-slate-200">
      {tabs.map((t) => {
        const active = pathname === t.href;
        return (
          <Link
            key={t.href}
            href={t.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
              active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900",
            )}
          >
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
