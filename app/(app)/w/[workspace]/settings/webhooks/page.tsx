import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/ui/card";
import { WebhooksPanel } from "./webhooks-panel";

export const metadata: Metadata = { title: "Webhooks" };

export default function WebhooksPage() {
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Tell other systems when initiatives, the scorecard or the roadmap change. Each delivery is a signed POST to your URL, retried for up to 24 hours."
      />
      <WebhooksPanel />
    </>
  );
}
