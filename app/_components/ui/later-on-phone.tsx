"use client";

import type { ReactNode } from "react";
import { useScreenHint } from "../screen/screen-hint";
import { LiveWhenShown } from "./live-when-shown";
import { SectionPlaceholder } from "./section-placeholder";

/**
 * A section that is below the first screen on a phone: when the request came from a phone (decision 054), the page
 * starts with the section's heading and room for it, and renders the section as it reaches the screen, is tabbed
 * to, or printed (decision 055). Other screens get the section at once.
 */
export function LaterOnPhone({ title, height, children }: { title: string; height: number; children: ReactNode }) {
  const hint = useScreenHint();
  if (hint !== "phone") return <>{children}</>;
  return (
    <LiveWhenShown nearViewport placeholder={<SectionPlaceholder title={title} height={height} />}>
      {children}
    </LiveWhenShown>
  );
}
