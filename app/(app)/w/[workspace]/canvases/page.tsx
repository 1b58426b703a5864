import type { Metadata } from "next";
import { ComingSoon } from "@/app/_components/shell/coming-soon";

export const metadata: Metadata = { title: "Canvases" };

export default function Page() {
  return (
    <ComingSoon
      title="Canvases"
      description="Successful Customer Outcome canvases, one per category."
      what="Write the outcome in the customer's words, the moments of truth, the pain points and the outside-in measures."
    />
  );
}
