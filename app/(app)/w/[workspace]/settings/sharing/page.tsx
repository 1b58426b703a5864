import type { Metadata } from "next";
import { ShareLinksPanel } from "@/app/_components/share/share-links-panel";
import { PageHeader } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Sharing" };

export default function SharingPage() {
  return (
    <>
      <PageHeader
        title="Sharing"
        description="Read-only links to the scorecard and roadmap for people without an account, such as a board. Each link expires; revoke it at any time."
      />
      <ShareLinksPanel />
    </>
  );
}
