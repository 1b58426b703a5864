import type { Metadata } from "next";
import { InitiativesTable } from "@/app/_components/initiative/initiatives-table";

export const metadata: Metadata = { title: "Initiatives" };

export default function InitiativesPage() {
  return <InitiativesTable />;
}
