"use client";

import type { ReactNode } from "react";
import { useHydrated } from "./use-hydrated";

/**
 * Keeps every form control of a server-rendered page disabled until React has
 * hydrated it: text typed or an option chosen in the bare HTML would be reset
 * or garbled when React takes the fields over, and a click before then is lost.
 * The fieldset has no box and no role; it only carries the disabled state.
 */
export function DisabledUntilHydrated({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <fieldset disabled={!hydrated} role="presentation" className="contents">
      {children}
    </fieldset>
  );
}
