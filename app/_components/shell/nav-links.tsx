"use client";

import { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "../ui/cn";
import { Link } from "../ui/link";

const NAV_ITEMS = [
  { href: "", label: "Overview" },
  { href: "/categories", label: "Categories" },
  { href: "/canvases", label: "Canvases" },
  { href: "/initiatives", label: "Initiatives" },
  { href: "/roadmap", label: "Roadmap" },
  { href: "/this-period", label: "This period" },
  { href: "/settings", label: "Settings" },
] as const;

/**
 * The overview, roadmap and canvas pages come whole in their first HTML (no
 * loading skeleton streamed ahead of them, which held their text back by a
 * third of a second), so moving to one keeps the current page until the next
 * is ready: this dot on the clicked item says it is on its way.
 */
function PendingDot() {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden
      className={cn("ml-1.5 inline-block size-1.5 rounded-full bg-brand-600 align-middle", pending ? "animate-pulse" : "invisible")}
    />
  );
}

export function NavLinks({ slug }: { slug: string }) {
  const pathname = usePathname();
  const base = `/w/${slug}`;
  return (
    <nav aria-label="Workspace" className="flex flex-col gap-1">
      {NAV_ITEMS.map((item) => {
        const href = `${base}${item.href}`;
        const active = item.href === "" ? pathname === base : pathname.startsWith(href);
        return (
          <Link
            key={item.label}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex min-h-11 items-center rounded-md px-3 py-2 text-sm font-medium md:block md:min-h-0",
              active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
            )}
          >
            {item.label}
            <PendingDot />
          </Link>
        );
      })}
    </nav>
  );
}
