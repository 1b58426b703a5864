import type { Metadata } from "next";
import { Link } from "@/app/_components/ui/link";
import { Card, PageHeader } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Settings" };

const SECTIONS = [
  { href: "members", title: "Members", text: "Invite people, change their roles, remove them." },
  {
    href: "scoring-model",
    title: "Scoring model",
    text: "Crown weights, the reference amounts worth 10 points, margin, discount rate and horizon, with a live preview.",
  },
  { href: "periods", title: "Periods and capacity", text: "The quarters the roadmap plans in and the effort each can take." },
  {
    href: "data",
    title: "Import and export",
    text: "Initiatives and moments from CSV; the scorecard as CSV or PDF; the whole workspace as JSON.",
  },
  { href: "sign-in", title: "Sign-in", text: "Single sign-on with your company account (OpenID Connect); password sign-in on or off." },
  { href: "sharing", title: "Sharing", text: "Read-only links to the scorecard and roadmap, with an expiry; revoke them at any time." },
  {
    href: "webhooks",
    title: "Webhooks",
    text: "Signed messages to other systems when initiatives, the scorecard or the roadmap change (admins).",
  },
  { href: "api-tokens", title: "API tokens", text: "Tokens for scripts and other tools to use the HTTP API (admins)." },
] as const;

const GUIDE = {
  title: "Glossary",
  text: "What value, priority, robustness, crowns and the other figures mean, and how each is worked out.",
};

export default async function SettingsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return (
    <>
      <PageHeader title="Settings" description="Members and roles, the scoring model, periods and capacity, import and export." />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {SECTIONS.map((s) => (
          <Link key={s.href} href={`/w/${workspace}/settings/${s.href}`} className="group">
            <Card className="h-full p-5 transition group-hover:ring-brand-500">
              <h2 className="font-semibold text-slate-900">{s.title}</h2>
              <p className="mt-1 text-sm text-slate-600">{s.text}</p>
            </Card>
          </Link>
        ))}
        <Link href={`/w/${workspace}/glossary`} className="group">
          <Card className="h-full p-5 transition group-hover:ring-brand-500">
            <h2 className="font-semibold text-slate-900">{GUIDE.title}</h2>
            <p className="mt-1 text-sm text-slate-600">{GUIDE.text}</p>
          </Card>
        </Link>
      </div>
    </>
  );
}
