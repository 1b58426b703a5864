"use client";

import { useCallback, useEffect, useState, type ReactNode } from "react";
import { useBeforePrint } from "./use-before-print";

type Tag = "div" | "ol";

/** Tailwind's `md` breakpoint as media queries: wide screens get tables, phones get cards. */
export const WIDE_MEDIA = "(min-width: 48rem)";
export const PHONE_MEDIA = `not all and ${WIDE_MEDIA}`;

/**
 * For markup that CSS shows only at some widths (a phone layout and a desktop
 * layout of the same data): the server renders `children` for every width, so
 * the first paint is right wherever it lands, but the browser hydrates them
 * only while `media` matches. The other layout keeps the server's HTML as it
 * is (hidden by CSS, so nobody sees or reaches it) and becomes live the moment
 * the media query matches, or when the page is printed. Hydrating both cost a
 * phone hundreds of milliseconds of blocked main thread for markup it never shows.
 *
 * `media` must be the CSS condition under which the wrapper is displayed.
 */
export function LiveWhenShown({
  media,
  as: Element = "div",
  className,
  label,
  children,
}: {
  media: string;
  as?: Tag;
  className?: string;
  label?: string;
  children: ReactNode;
}) {
  // Read once, during the hydrating render itself: that is the one moment the choice saves work.
  // The server has no viewport and renders both layouts.
  const [live, setLive] = useState(() => typeof window === "undefined" || window.matchMedia(media).matches);
  useBeforePrint(
    useCallback(() => setLive(true), []),
    !live,
  );
  useEffect(() => {
    if (live) return;
    const query = window.matchMedia(media);
    const change = () => query.matches && setLive(true);
    query.addEventListener("change", change);
    return () => query.removeEventListener("change", change);
  }, [live, media]);
  if (live) {
    return (
      <Element key="live" className={className} aria-label={label}>
        {children}
      </Element>
    );
  }
  // An element with (empty) inner HTML has no children for React to hydrate: the server's stay untouched.
  return (
    <Element key="frozen" className={className} aria-label={label} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: "" }} />
  );
}
