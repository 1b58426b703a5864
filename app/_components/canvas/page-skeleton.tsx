import { Skeleton } from "../ui/card";

/** The shape of a page while it loads: a title, a line of text and a few blocks. */
export function PageSkeleton({ blocks = 3, columns = 1, label }: { blocks?: number; columns?: 1 | 2; label: string }) {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">Loading {label}…</p>
      <Skeleton className="h-8 w-56" />
      <Skeleton className="mt-3 h-4 w-full max-w-xl" />
      <div className={`mt-8 grid gap-4 ${columns === 2 ? "lg:grid-cols-2" : ""}`}>
        {Array.from({ length: blocks }, (_, i) => (
          <Skeleton key={i} className="h-32 w-full" />
        ))}
      </div>
    </div>
  );
}
