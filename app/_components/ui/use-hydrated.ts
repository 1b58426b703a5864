import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False in the server render and while the browser hydrates it, true after.
 * Text that only the browser can know (its time zone, the time now) waits for
 * true, so the HTML and the first browser render agree.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
