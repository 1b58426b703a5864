import type { Metadata } from "next";
import { ComingSoon } from "@/app/_components/shell/coming-soon";

export const metadata: Metadata = { title: "Categories" };

export default function Page() {
  return (
    <ComingSoon
      title="Categories"
      description="Need-based customer categories: customers grouped by what they need, not by who they are."
      what="Describe each category by its defining need and job to be done, then give it a weight."
    />
  );
}
