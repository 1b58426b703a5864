import { PageSkeleton } from "@/app/_components/canvas/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="canvases" blocks={4} columns={2} />;
}
