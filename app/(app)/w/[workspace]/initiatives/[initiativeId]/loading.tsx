import { PageSkeleton } from "@/app/_components/canvas/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="the initiative" blocks={3} columns={2} />;
}
