"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useBeforePrint } from "./use-before-print";

/**
 * Renders `children` once its place comes within a screen of the viewport,
 * or when the page is printed (`force`, or the browser's beforeprint); until
 * then a placeholder of the same height holds the place. Charts below the
 * fold cost a phone more than a second of blocked main thread to draw
 * (Recharts measures and re-renders several times, synchronously), and their
 * code is not even fetched until they are wanted.
 */
export function WhenVisible({ placeholder, force = false, children }: { placeholder: ReactNode; force?: boolean; children: ReactNode }) {
  const [seen, setSeen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useBeforePrint(
    useCallback(() => setSeen(true), []),
    !seen,
  );
  useEffect(() => {
    if (seen) return;
    const el = ref.current;
    const observer =
      el && "IntersectionObserver" in window
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), { rootMargin: "100% 0px" })
        : null;
    if (el && observer) observer.observe(el);
    else setSeen(true);
    return () => observer?.disconnect();
  }, [seen]);
  if (seen || force) return <>{children}</>;
  return <div ref={ref}>{placeholder}</div>;
}
