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
  if (mobile === "?1") return "phone";
  if (mobile === "?0") return "wide";
  return /Mobi/.test(headers.get("user-agent") ?? "") ? "phone" : null;
}
