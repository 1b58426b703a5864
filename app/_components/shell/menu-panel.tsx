"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { cn } from "../ui/cn";

/**
 * The workspace navigation: always shown in the sidebar from the `md` width,
 * behind a "Menu" button below it, where a row of seven links would scroll
 * sideways and hide Settings. Opening moves focus into the menu; Escape, a
 * chosen link or a new page closes it and focus goes back to the button.
 */
export function MenuPanel({ brand, children }: { brand: ReactNode; children: ReactNode }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const pathname = usePathname();

  // A new page closes the menu (the render-time reset React recommends over an effect).
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>("a[href], button, select")?.focus();
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <div className="flex items-center justify-between gap-2 px-4 py-1.5 md:px-4 md:pb-3 md:pt-4">
        {brand}
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((was) => !was)}
          className="inline-flex h-11 min-w-11 items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 md:hidden"
        >
          <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-5">
            {open ? (
              <path d="M5.3 4.2 10 8.9l4.7-4.7 1.1 1.1-4.7 4.7 4.7 4.7-1.1 1.1-4.7-4.7-4.7 4.7-1.1-1.1 4.7-4.7-4.7-4.7z" />
            ) : (
              <path d="M3 5h14v1.5H3zm0 4.25h14v1.5H3zm0 4.25h14V15H3z" />
            )}
          </svg>
          Menu
        </button>
      </div>
      <div
        id={id}
        ref={panel}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest("a")) setOpen(false);
        }}
        className={cn("flex-col border-t border-slate-200 md:flex md:flex-1 md:border-t-0", open ? "flex" : "hidden")}
      >
        {children}
      </div>
    </>
  );
}
