"use client";

import { useEffect } from "react";
import { useUnsavedChangesWarning } from "../autosave/use-autosave";

const LEAVE_MESSAGE = "You have changes that are not saved yet. Leave this page and lose them?";

/**
 * Asks before leaving while work is unsaved: the browser's own prompt for
 * closing or reloading the tab, and a confirm for links inside the app (a
 * client-side navigation fires no beforeunload).
 */
export function useConfirmLeave(active: boolean) {
  useUnsavedChangesWarning(active);
  useEffect(() => {
    if (!active) return;
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const anchor = (e.target as Element | null)?.closest?.("a[href]");
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target === "_blank") return;
      if (anchor.origin !== window.location.origin || anchor.pathname === window.location.pathname) return;
      if (!window.confirm(LEAVE_MESSAGE)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [active]);
}
