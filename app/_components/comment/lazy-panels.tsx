"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { AuditHistory } from "../audit/audit-history";
import { Card, Skeleton } from "../ui/card";
import { WhenVisible } from "../ui/when-visible";
import type { CommentsPanel } from "./comments-panel";

/** The shape of a panel while its code loads: its title and a placeholder, as the panel itself shows while its data loads. */
function PanelPlaceholder({ title }: { title: string }) {
  return (
    <Card className="p-4" aria-busy="true">
      <h2 className="font-semibold text-slate-900">{title}</h2>
      <Skeleton className="mt-3 h-16" />
    </Card>
  );
}

// Comments and history sit at the foot of the canvas and initiative pages: their code, their data and their
// rendering wait until they come within a screen of the viewport, instead of running as the page starts (on a phone
// that was a chunk download, two queries and a re-render inside the page's busiest second).
const DynamicCommentsPanel = dynamic(() => import("./comments-panel").then((m) => m.CommentsPanel), {
  ssr: false,
  loading: () => <PanelPlaceholder title="Comments" />,
});

const DynamicAuditHistory = dynamic(() => import("../audit/audit-history").then((m) => m.AuditHistory), {
  ssr: false,
  loading: () => <PanelPlaceholder title="History" />,
});

export function LazyCommentsPanel(props: ComponentProps<typeof CommentsPanel>) {
  return (
    <WhenVisible placeholder={<PanelPlaceholder title="Comments" />}>
      <DynamicCommentsPanel {...props} />
    </WhenVisible>
  );
}

export function LazyAuditHistory(props: ComponentProps<typeof AuditHistory>) {
  return (
    <WhenVisible placeholder={<PanelPlaceholder title="History" />}>
      <DynamicAuditHistory {...props} />
    </WhenVisible>
  );
}
