"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * The app's link: it prefetches its page when the pointer or focus comes to
 * it (or a finger touches it), not as soon as it is on screen. Prefetching
 * every link in view (the nav, table rows, cards) while a page starts kept a
 * phone's main thread busy for a quarter of a second; the intent still comes
 * early enough for the next page's loading state to be there on click.
 */
export function Link({ href, ...rest }: Omit<ComponentProps<typeof NextLink>, "href" | "prefetch"> & { href: string }) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return <NextLink href={href} prefetch={false} onMouseEnter={prefetch} onFocus={prefetch} onTouchStart={prefetch} {...rest} />;
}
