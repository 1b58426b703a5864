import type { Metadata } from "next";
import { CanvasesList } from "@/app/_components/canvas/canvases-list";

export const metadata: Metadata = { title: "Canvases" };

export default function CanvasesPage() {
  return <CanvasesList />;
}
