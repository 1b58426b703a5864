"use client";

import { formatDateTime } from "./format";
import { useHydrated } from "./use-hydrated";

/**
 * "3 Sep 2026, 14:05" in the reader's time zone, after `prefix`; `at` defaults
 * to now. The server does not know the reader's zone, so the text waits for
 * hydration (the HTML and the first browser render agree), and it is a leaf of
 * its own so that only this text re-renders then.
 */
export function LocalTime({ at, prefix = "" }: { at?: number; prefix?: string }) {
  const hydrated = useHydrated();
  return hydrated ? `${prefix}${formatDateTime(at ?? Date.now())}` : null;
}
