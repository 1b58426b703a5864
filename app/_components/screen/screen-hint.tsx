"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { ScreenHint } from "./screen-from-headers";

const ScreenHintContext = createContext<ScreenHint>(null);

/**
 * The server's guess at the screen's layout (screen-from-headers.ts), passed down
 * as a prop so the browser hydrates with the same guess the server rendered with.
 */
export function ScreenHintProvider({ hint, children }: { hint: ScreenHint; children: ReactNode }) {
  return <ScreenHintContext.Provider value={hint}>{children}</ScreenHintContext.Provider>;
}

/** The layout the server rendered for: null outside a provider, where both layouts are in the HTML. */
export function useScreenHint(): ScreenHint {
  return useContext(ScreenHintContext);
}
