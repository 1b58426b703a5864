"use client";

import { Suspense, use, useState, type ComponentType, type ReactNode } from "react";
import { screenFromNavigator } from "../screen/screen-from-headers";
import { useScreenHint } from "../screen/screen-hint";
import { WIDE_MEDIA } from "./live-when-shown";
import { useHydrated } from "./use-hydrated";
import { whenIdle } from "./when-idle";

/** Runs `task` once the page has loaded and the browser is idle: after everything the first screen needs. */
function afterPageLoad(task: () => void): void {
  const idle = () => void whenIdle(task, 2_000);
  if (document.readyState === "complete") idle();
  else window.addEventListener("load", idle, { once: true });
}

/**
 * A component whose code is not part of the page's first scripts (decision 056): for a section that a phone starts
 * as a placeholder (LaterOnPhone), so a phone neither downloads nor runs its code before the first screen works.
 *
 * - On a wide screen, and in any browser the server did not take for a phone, the code is fetched as soon as this
 *   module runs, and the server renders the component into the HTML as before: the page waits for it while it
 *   hydrates, one request later than a static import would.
 * - On a phone it is fetched once the page has loaded and the browser is idle. By the time a person scrolls to the
 *   section, tabs into it or prints the page, the code is here and the section renders at once.
 * - Rendered before its code has arrived, the component suspends: the nearest Suspense boundary (LaterOnPhone's or
 *   WaitsForLaterCode's, which shows the placeholder) holds its place until it has.
 */
export function codeLaterOnPhone<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchCode = (): Promise<ComponentType<P>> =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed download (the network dropped) is tried again the next time the section is rendered.
        loading = undefined;
        throw error;
      },
    ));

  function LoadedLater(props: P) {
    const Component = loaded ?? use(fetchCode());
    return <Component {...props} />;
  }

  const fetchQuietly = () => void fetchCode().catch(() => undefined);
  // Whatever the server drew into the HTML is hydrated from it, and hydration waits for the code: a wide screen, and
  // any browser the server did not take for a phone (a desktop in a narrow window), load it at once.
  if (typeof window === "undefined" || window.matchMedia(WIDE_MEDIA).matches || screenFromNavigator(navigator) !== "phone") fetchQuietly();
  else afterPageLoad(fetchQuietly);
  return LoadedLater;
}

/**
 * The Suspense boundary of a section made by codeLaterOnPhone, except where the section is hydrated from the server's
 * HTML on a screen that is not a phone.
 *
 * - A phone renders the section after the page has loaded (on reaching the screen, widening or printing), possibly
 *   before its code has arrived: it waits there behind `fallback`, the room it takes.
 * - Every other screen gets the section in the server's HTML and must get it in one piece. With a boundary of its own
 *   there, the server sent the rest of the page first whenever the code was not ready for that render, and streamed
 *   the section in after it: a wide roadmap's timeline appeared a moment after the page had painted and pushed
 *   everything below it down (a layout shift of 0.34 in Lighthouse). Without one, the server's HTML waits for the
 *   section, and so does the page's hydration.
 * - A section first rendered in the browser after the page has hydrated (a frozen part woken on a narrow screen that
 *   is not a phone) has no server HTML to keep in one piece: it gets its boundary, so waiting for its code hides only
 *   the section, not the page around it. Decided once, when the boundary first renders.
 */
export function WaitsForLaterCode({ fallback = null, children }: { fallback?: ReactNode; children: ReactNode }) {
  const phone = useScreenHint() === "phone";
  const inBrowserAfterHydration = useHydrated();
  const [ownBoundary] = useState(phone || inBrowserAfterHydration);
  return ownBoundary ? <Suspense fallback={fallback}>{children}</Suspense> : <>{children}</>;
}
