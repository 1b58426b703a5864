import { PageSkeleton } from "@/app/_components/canvas/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="the canvas" blocks={4} columns={2} />;
}
