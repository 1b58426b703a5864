import { Skeleton } from "@/app/_components/ui/card";

export default function Loading() {
  return <Skeleton className="h-96 w-full" />;
}
