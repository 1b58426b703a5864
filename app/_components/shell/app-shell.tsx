import type { ReactNode } from "react";
import { signOutAction } from "@/app/(auth)/actions";
import { Crown } from "./crown";
import { Link } from "../ui/link";
import { NavLinks } from "./nav-links";
import { WorkspaceSwitcher } from "./workspace-switcher";

export function AppShell({
  slug,
  role,
  userName,
  workspaces,
  children,
}: {
  slug: string;
  role: string;
  userName: string;
  workspaces: { slug: string; name: string; role: string }[];
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen md:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <aside className="no-print border-b border-slate-200 bg-white md:sticky md:top-0 md:flex md:h-screen md:w-60 md:shrink-0 md:flex-col md:border-b-0 md:border-r">
        <div className="flex items-center justify-between gap-2 px-4 py-3 md:block md:space-y-3 md:py-4">
          <Link href={`/w/${slug}`} className="flex items-center gap-2 font-semibold text-slate-900">
            <Crown className="size-6 text-crown" />
            <span>Triple Crown</span>
          </Link>
          <div className="w-44 md:w-full">
            <WorkspaceSwitcher current={slug} workspaces={workspaces} />
          </div>
        </div>
        <div className="px-2 pb-2 md:flex-1 md:px-3">
          <NavLinks slug={slug} />
        </div>
        <div className="hidden border-t border-slate-200 px-4 py-3 md:block">
          <p className="truncate text-sm font-medium text-slate-900">{userName}</p>
          <p className="text-xs capitalize text-slate-500">{role}</p>
          <div className="mt-2 flex items-center gap-3">
            <AccountActions slug={slug} className="text-sm font-medium text-brand-700 hover:underline" />
          </div>
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 md:px-8 md:py-8">
        {children}
        <footer className="no-print mt-10 flex items-center justify-between border-t border-slate-200 pt-4 text-xs text-slate-500 md:hidden">
          <span>
            {userName} · <span className="capitalize">{role}</span>
          </span>
          <span className="flex items-center gap-3">
            <AccountActions slug={slug} className="font-medium text-brand-700 hover:underline" />
          </span>
        </footer>
      </main>
    </div>
  );
}

/** The account page and sign-out, in the sidebar on wide screens and in the footer on phones. */
function AccountActions({ slug, className }: { slug: string; className: string }) {
  return (
    <>
      <Link href={`/account?next=${encodeURIComponent(`/w/${slug}`)}`} className={className}>
        Account
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={className}>
          Sign out
        </button>
      </form>
    </>
  );
}
