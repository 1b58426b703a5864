import type { Metadata } from "next";
import { InitiativeEditor } from "@/app/_components/initiative/initiative-editor";

export const metadata: Metadata = { title: "Initiative" };

export default async function InitiativePage({ params }: { params: Promise<{ initiativeId: string }> }) {
  const { initiativeId } = await params;
  return <InitiativeEditor initiativeId={initiativeId} />;
}
