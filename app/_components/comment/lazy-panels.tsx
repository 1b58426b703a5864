"use client";

import dynamic from "next/dynamic";
import { Card, Skeleton } from "../ui/card";

/** The shape of a panel while its code loads: its title and a placeholder, as the panel itself shows while its data loads. */
function PanelPlaceholder({ title }: { title: string }) {
  return (
    <Card className="p-4" aria-busy="true">
      <h2 className="font-semibold text-slate-900">{title}</h2>
      <Skeleton className="mt-3 h-16" />
    </Card>
  );
}

// Comments and history sit at the foot of the canvas and initiative pages: their code loads once the page is up,
// not with its first load.
export const LazyCommentsPanel = dynamic(() => import("./comments-panel").then((m) => m.CommentsPanel), {
  ssr: false,
  loading: () => <PanelPlaceholder title="Comments" />,
});

export const LazyAuditHistory = dynamic(() => import("../audit/audit-history").then((m) => m.AuditHistory), {
  ssr: false,
  loading: () => <PanelPlaceholder title="History" />,
});
