import type { ReactNode } from "react";
import { signOutAction } from "@/app/(auth)/actions";
import { Crown } from "./crown";
import { Link } from "../ui/link";
import { MenuPanel } from "./menu-panel";
import { NavLinks } from "./nav-links";
import { WorkspaceSwitcher } from "./workspace-switcher";

/** Account and Sign out: 44 px tap targets on phones, plain links in the sidebar. */
const ACCOUNT_ACTION = "flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline md:min-h-0";

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
      {/* The aside stretches to the page's full height (its background and border with it); its content stays in view. */}
      <aside className="no-print border-b border-slate-200 bg-white md:w-60 md:shrink-0 md:border-b-0 md:border-r">
        <div className="md:sticky md:top-0 md:flex md:max-h-screen md:min-h-screen md:flex-col md:overflow-y-auto">
          <MenuPanel
            brand={
              <Link href={`/w/${slug}`} className="flex min-h-11 items-center gap-2 font-semibold text-slate-900 md:min-h-0">
                <Crown className="size-6 text-crown" />
                <span>Triple Crown</span>
              </Link>
            }
          >
            <div className="px-4 pb-2 pt-3 md:pt-0">
              <WorkspaceSwitcher current={slug} workspaces={workspaces} />
            </div>
            <div className="px-2 pb-2 md:flex-1 md:px-3">
              <NavLinks slug={slug} />
            </div>
            <div className="border-t border-slate-200 px-4 py-3">
              <p className="truncate text-sm font-medium text-slate-900">{userName}</p>
              <p className="text-xs capitalize text-slate-600">{role}</p>
              <div className="mt-1 flex items-center gap-4 md:mt-2 md:gap-3">
                <Link href={`/account?next=${encodeURIComponent(`/w/${slug}`)}`} className={ACCOUNT_ACTION}>
                  Account
                </Link>
                <form action={signOutAction}>
                  <button type="submit" className={ACCOUNT_ACTION}>
                    Sign out
                  </button>
                </form>
              </div>
            </div>
          </MenuPanel>
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 md:px-8 md:py-8">
        {children}
      </main>
    </div>
  );
}
