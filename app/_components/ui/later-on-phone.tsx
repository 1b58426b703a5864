"use client";

import { Suspense, type ReactNode } from "react";
import { useScreenHint } from "../screen/screen-hint";
import { LiveWhenShown } from "./live-when-shown";
import { SectionPlaceholder } from "./section-placeholder";

/**
 * A section that is below the first screen on a phone: when the request came from a phone (decision 054), the page
 * starts with the section's heading and room for it, and renders the section as it reaches the screen, is tabbed
 * to, or printed (decision 055). Other screens get the section at once.
 *
 * A section whose code a phone loads later (codeLaterOnPhone, decision 056) keeps the same placeholder while the code
 * is still on its way.
 */
export function LaterOnPhone({ title, height, children }: { title: string; height: number; children: ReactNode }) {
  const hint = useScreenHint();
  if (hint !== "phone") return <>{children}</>;
  const placeholder = <SectionPlaceholder title={title} height={height} />;
  return (
    <LiveWhenShown nearViewport placeholder={placeholder}>
      <Suspense fallback={placeholder}>{children}</Suspense>
    </LiveWhenShown>
  );
}
