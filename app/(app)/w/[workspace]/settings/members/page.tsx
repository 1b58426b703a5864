import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/ui/card";
import { MembersPanel } from "@/app/_components/member/members-panel";

export const metadata: Metadata = { title: "Members" };

export default function MembersPage() {
  return (
    <>
      <PageHeader title="Members" description="Who can see and change this workspace. Invitation links work for 14 days and only once." />
      <MembersPanel />
    </>
  );
}
