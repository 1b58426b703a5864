import { RoadmapSkeleton } from "@/app/_components/roadmap/roadmap-skeleton";

export default function Loading() {
  return <RoadmapSkeleton />;
}
