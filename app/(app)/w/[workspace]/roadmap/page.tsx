import type { Metadata } from "next";
import { ComingSoon } from "@/app/_components/shell/coming-soon";

export const metadata: Metadata = { title: "Roadmap" };

export default function Page() {
  return (
    <ComingSoon
      title="Roadmap"
      description="The prioritised plan within each period's capacity."
      what="See what is planned per quarter, what did not fit and why."
    />
  );
}
