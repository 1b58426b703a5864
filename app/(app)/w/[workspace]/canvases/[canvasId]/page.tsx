import type { Metadata } from "next";
import { CanvasEditor } from "@/app/_components/canvas/canvas-editor";

export const metadata: Metadata = { title: "Canvas" };

export default async function CanvasPage({ params }: { params: Promise<{ canvasId: string }> }) {
  const { canvasId } = await params;
  return <CanvasEditor canvasId={canvasId} />;
}
