import type { ReactNode } from "react";
import { Link } from "@/app/_components/ui/link";
import { Crown } from "@/app/_components/shell/crown";

/** The frame of the installation admin's pages (outside any workspace). */
export function AdminPage({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <p className="mb-6 flex items-center gap-2 text-slate-900">
        <Crown className="size-6 text-crown" />
        <Link href="/" className="font-semibold tracking-tight">
          Triple Crown
        </Link>
        <span className="text-slate-500">· Installation admin</span>
      </p>
      <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
      {subtitle ? <p className="mt-1 text-sm text-slate-600">{subtitle}</p> : null}
      <div className="mt-6">{children}</div>
    </main>
  );
}
