/**
 * Which layout the screen that sent a request most likely shows: "phone" (the
 * cards and lists below the `md` width), "wide" (the tables), or null when the
 * request does not say. Read on the server so a page can leave the other
 * layout's markup out of its HTML (decision 054); when the guess is wrong, the
 * browser renders the missing layout itself once the page is live.
 *
 * The Client Hint `Sec-CH-UA-Mobile` is sent by Chromium-based browsers on every
 * request ("?1" on a phone, "?0" elsewhere). Browsers without it (Safari,
 * Firefox) still mark phones with "Mobi" in the user agent, as MDN recommends
 * testing; any other user agent might be a desktop or a tablet of either
 * width, so it gets both layouts, as every request did before.
 */
export type ScreenHint = "phone" | "wide" | null;

export function screenFromHeaders(headers: Pick<Headers, "get">): ScreenHint {
  const mobile = headers.get("sec-ch-ua-mobile");
  return guessScreen(mobile === "?1" ? true : mobile === "?0" ? false : undefined, headers.get("user-agent") ?? "");
}

/**
 * The same guess in the browser, from what it sends the server (its `userAgentData.mobile` is the
 * `Sec-CH-UA-Mobile` hint): code that must know what the server drew reads it here, not from the window's width.
 */
export function screenFromNavigator(nav: { userAgent: string; userAgentData?: { mobile: boolean } }): ScreenHint {
  return guessScreen(nav.userAgentData?.mobile, nav.userAgent);
}

function guessScreen(mobileHint: boolean | undefined, userAgent: string): ScreenHint {
  if (mobileHint !== undefined) return mobileHint ? "phone" : "wide";
  return /Mobi/.test(userAgent) ? "phone" : null;
}
