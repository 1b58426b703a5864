import { PageSkeleton } from "@/app/_components/canvas/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="initiatives" blocks={1} />;
}
