"use client";

import { useEffect, useId, useRef, useState } from "react";
import { cn } from "../ui/cn";
import { useWorkspace } from "../workspace/workspace-context";
import type { GlossaryId } from "./glossary-entries";

/**
 * The glossary's sentences are read when a tip opens, not with the page: every page with a figure would otherwise
 * carry the whole glossary in its first scripts (decision 056). Hovering, focusing or touching a tip starts the
 * download, so the sentence is usually there by the time the tip opens.
 */
const loadGlossary = () => import("./glossary-entries");
const preloadGlossary = () => void loadGlossary().catch(() => undefined);

/**
 * A "?" beside a computed figure: a button named "What is <figure>?" that
 * opens a small non-modal popover with the glossary's one or two sentences
 * and a link to how it is computed. A button, not a hover tooltip, so a
 * keyboard (Enter or Space opens, Escape closes and gives focus back) and a
 * finger work alike. `figure` is the name as the figure is labelled beside
 * the tip; `href` points at a breakdown where there is one.
 */
export function InfoTip({ entry, figure, href, className }: { entry: GlossaryId; figure: string; href?: string; className?: string }) {
  const ws = useWorkspace();
  const [open, setOpen] = useState(false);
  // The entry's sentence once the glossary has loaded, or that it could not be (the link still leads to the glossary).
  const [meaning, setMeaning] = useState<{ text: string } | { failed: true } | null>(null);
  const loaded = meaning !== null && "text" in meaning;
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLSpanElement>(null);
  const id = useId();

  useEffect(() => {
    // Each opening tries again after a failed download.
    if (!open || loaded) return;
    let current = true;
    loadGlossary().then(
      (glossary) => current && setMeaning({ text: glossary.glossaryEntry(entry).meaning }),
      () => current && setMeaning({ failed: true }),
    );
    return () => {
      current = false;
    };
  }, [open, loaded, entry]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    // A tap or click anywhere else closes it, as a person expects of a popover.
    const onPointer = (event: PointerEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <span ref={box} className={cn("relative inline-flex align-middle print:hidden", className)}>
      <button
        ref={button}
        type="button"
        aria-label={`What is ${figure}?`}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
        onPointerEnter={preloadGlossary}
        onFocus={preloadGlossary}
        // 24 px drawn, with a padded hit area so a finger finds it.
        className="-m-2 inline-flex size-10 items-center justify-center rounded-full p-2 text-slate-500 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <span
          aria-hidden
          className="inline-flex size-5 items-center justify-center rounded-full border border-current text-xs font-semibold"
        >
          ?
        </span>
      </button>
      {open ? (
        <span
          id={id}
          role="dialog"
          aria-label={figure}
          className="absolute top-full left-1/2 z-30 mt-1 block w-72 normal-case tracking-normal max-w-[calc(100vw-2rem)] -translate-x-1/2 rounded-md bg-white p-3 text-left text-sm font-normal text-slate-700 shadow-lg ring-1 ring-slate-200"
        >
          <span className="block font-semibold text-slate-900">{figure}</span>
          <span className="mt-1 block" data-testid="tip-meaning" aria-live="polite">
            {meaning === null
              ? "Loading the explanation…"
              : "text" in meaning
                ? meaning.text
                : "The explanation could not be loaded: close this and open it again, or follow the link below."}
          </span>
          <a
            href={href ?? `/w/${ws.slug}/glossary#${entry}`}
            className="mt-2 inline-block font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            How it is computed
          </a>
        </span>
      ) : null}
    </span>
  );
}
