import type { Metadata } from "next";
import { ComingSoon } from "@/app/_components/shell/coming-soon";

export const metadata: Metadata = { title: "Initiatives" };

export default function Page() {
  return (
    <ComingSoon
      title="Initiatives"
      description="Proposed changes, linked to the moments of truth they improve or harm."
      what="Propose a change, estimate its cost reduction and revenue growth, and link it to moments of truth."
    />
  );
}
