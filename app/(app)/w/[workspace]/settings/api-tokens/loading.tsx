import { Skeleton } from "@/app/_components/ui/card";

export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading API tokens">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-40 w-full" />
    </div>
  );
}
