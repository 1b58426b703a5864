"use client";

import { use, type ComponentType } from "react";
import { WIDE_MEDIA } from "./live-when-shown";
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
 * - On a wide screen the code is fetched as soon as this module runs, and the server renders the component into the
 *   HTML as before: the page waits for it while it hydrates, one request later than a static import would.
 * - On a phone it is fetched once the page has loaded and the browser is idle. By the time a person scrolls to the
 *   section, tabs into it or prints the page, the code is here and the section renders at once.
 * - Rendered before its code has arrived, the component suspends: the nearest Suspense boundary (LaterOnPhone's, which
 *   shows the placeholder) holds its place until it has.
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
  // The server renders it for every wide screen: its copy is loaded at once, so a render rarely has to wait for it.
  if (typeof window === "undefined" || window.matchMedia(WIDE_MEDIA).matches) fetchQuietly();
  else afterPageLoad(fetchQuietly);
  return LoadedLater;
}
