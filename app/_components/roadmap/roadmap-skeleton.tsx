import { Skeleton } from "../ui/card";

export function RoadmapSkeleton() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">Planning the roadmap…</p>
      <Skeleton className="h-8 w-40" />
      <Skeleton className="mt-3 h-4 w-full max-w-xl" />
      <Skeleton className="mt-6 h-9 w-64" />
      <Skeleton className="mt-4 h-16 w-full" />
      <div className="mt-2 space-y-2">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className="h-12 w-full" />
        ))}
      </div>
    </div>
  );
}
