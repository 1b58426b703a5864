import { useState } from "react";

/**
 * True from the first render where `on` is true, for good. A dialog that is
 * loaded on first use mounts then and stays mounted, so closing it goes
 * through the native dialog's close(), which gives focus back to the button
 * that opened it.
 */
export function useLatch(on: boolean): boolean {
  const [latched, setLatched] = useState(false);
  if (on && !latched) setLatched(true);
  return latched || on;
}
