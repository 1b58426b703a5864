"use client";

import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type MouseEvent,
  type ReactNode,
  type SyntheticEvent,
} from "react";
import { flushSync } from "react-dom";
import { useScreenHint } from "../screen/screen-hint";
import { useBeforePrint } from "./use-before-print";
import { whenIdle } from "./when-idle";

type Tag = "div" | "ol" | "li" | "section";

/** Tailwind's `md` breakpoint as media queries: wide screens get tables, phones get cards. */
export const WIDE_MEDIA = "(min-width: 48rem)";
const MEDIA = { wide: WIDE_MEDIA, phone: `not all and ${WIDE_MEDIA}` } as const;
type Layout = keyof typeof MEDIA;

/**
 * A part is woken when it reaches the screen itself, not before: each wake restyles and repaints the page, and parts
 * woken ahead (a quarter screen below, as at first) were woken while a phone was still starting up, which Lighthouse
 * measured as blocking time. A part that scrolls into view a moment before it is live looks the same, and a tap or
 * focus on it is replayed (below).
 */
const NEAR_MARGIN = "0px";
const FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]";

/**
 * True from the browser's `beforeprint` to its `afterprint`. Set by a listener added before any part's own, so a part
 * that a woken part renders during `beforeprint` (whose listeners, added now, the event will not reach) sees it.
 */
let printingNow = false;
if (typeof window !== "undefined") {
  window.addEventListener("beforeprint", () => (printingNow = true));
  window.addEventListener("afterprint", () => (printingNow = false));
}

/**
 * Whether the server's copy of this part is on the screen, read once while the
 * page hydrates: null when it is not in the document (a client-side render,
 * nothing to keep).
 */
function serverCopyIsOnScreen(id: string): boolean | null {
  const el = document.querySelector(`[data-live="${CSS.escape(id)}"]`);
  if (!el) return null;
  const box = el.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
}

/**
 * Runs `wake` when the browser is idle, as a render of its own: parts woken
 * together (a whole screen of cards coming near) then render one by one in
 * short tasks instead of one long one that would block a tap.
 */
function renderWhenIdle(wake: () => void): () => void {
  return whenIdle(() => flushSync(wake), 300);
}

/**
 * Server-rendered HTML that the browser brings to life only when it is wanted.
 * The server renders `children` for every screen, so the first paint is right
 * wherever it lands; while the page hydrates, a part that is not wanted keeps
 * the server's HTML as it is (links work as plain links) and React skips it,
 * then makes it live the moment it is wanted, or when the page is printed.
 *
 * Wanted means: the screen shows `layout` (a phone layout and a wide layout of
 * the same data: CSS shows one, so the other need not cost anything), and, with
 * `nearViewport`, the part is on the screen as the page hydrates, or later
 * scrolls onto it (a long list, a section below the fold).
 * Hydrating what a phone never shows, or has not scrolled to, blocked its main
 * thread for hundreds of milliseconds. Parts that come near are woken when the
 * browser is idle, each in a short task of its own.
 *
 * A frozen part also comes to life when its parent renders it again (its props
 * may have changed). Going live re-renders the part from its props, replacing
 * the identical server HTML; focus that entered the frozen HTML (a keyboard
 * user tabbing in) is moved to the same place in the live one, and a click
 * that reached it is given to the same control once live.
 *
 * A `placeholder` (with `nearViewport`) stands in for the part until it reaches
 * the screen, on the server too: lighter HTML of the same height, for long
 * lists whose items mostly start below the fold (a phone's scorecard shows
 * none of its cards on its first screen), or a section's heading and room for
 * it (LaterOnPhone). Unlike frozen HTML it is rendered from the current props,
 * so it never shows old data and need not wake when its parent renders again.
 * The first Tab on the page wakes every placeholder, so the keyboard reaches
 * every control.
 *
 * A part with a `layout` is left out of the server's HTML altogether when the
 * request said it comes from a screen of the other layout (ScreenHint, decision
 * 054): the browser renders it from its props if the screen turns out to show
 * it after all, or widens, or prints.
 *
 * `layout` must match the CSS that displays the wrapper: "phone" for `md:hidden`,
 * "wide" for `hidden md:block`.
 */
export function LiveWhenShown({
  layout,
  nearViewport = false,
  placeholder,
  as: Wrapper = "div",
  className,
  label,
  data,
  children,
}: {
  layout?: Layout;
  nearViewport?: boolean;
  /** Stands in for `children` until the part reaches the screen (with `nearViewport`): the same height, fewer elements. */
  placeholder?: ReactNode;
  as?: Tag;
  className?: string;
  label?: string;
  /** Data attributes of the wrapper (`{ rank: 3 }` is `data-rank="3"`), kept whether it is live or not. */
  data?: Record<string, string | number>;
  children: ReactNode;
}) {
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  // A focus or click that reached the frozen HTML, to be replayed on the same control once it is live.
  const pending = useRef<{ at: number; action: "focus" | "click" } | null>(null);
  const media = layout ? MEDIA[layout] : undefined;
  // The server renders every layout, unless the request said its screen shows another one; the browser hydrates with
  // the same hint, so it expects the same HTML.
  const hint = useScreenHint();
  const leftOut = Boolean(layout && hint && hint !== layout);
  // Read once, during the hydrating render itself: that is the one moment the choice saves work.
  // A part first rendered while the page prints (inside a part woken for the printout) is live at once: its own
  // print listener would come too late for the printout.
  const [shown, setShown] = useState(
    () => printingNow || (!leftOut && (typeof window === "undefined" || !media || window.matchMedia(media).matches)),
  );
  const [near, setNear] = useState(
    () => printingNow || (!placeholder && (typeof window === "undefined" || !nearViewport || (serverCopyIsOnScreen(id) ?? true))),
  );
  // Asked to come near (the observer, or the parent rendering again): done when the browser is idle.
  const [nearing, setNearing] = useState(false);
  // A part that started as a placeholder and is then rendered without one (a list re-sorted it to the top) has no
  // server HTML to keep: it is rendered live at once rather than as an empty frozen wrapper.
  const startedAsPlaceholder = useRef(placeholder !== undefined);
  const live = shown && (near || (startedAsPlaceholder.current && placeholder === undefined));
  const attributes = {
    ...Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, v])),
    "data-live": nearViewport && !placeholder ? id : undefined,
    className,
    "aria-label": label,
  };
  const wake = useCallback(() => {
    setShown(true);
    setNear(true);
  }, []);
  useBeforePrint(wake, !live);

  // Frozen HTML shows the props it was rendered with. When the parent renders again (a filter, a refetch, a decision),
  // the part comes to life, so what is on the page is never older than its data, whoever reads it. (A form hidden by
  // its media query is not shown to anybody, so it waits for its width.)
  const renders = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- after every render on purpose: each one may carry new props
  useEffect(() => {
    renders.current += 1;
    if (renders.current > 1 && !near && !placeholder) setNearing(true);
  });
  useEffect(() => (nearing && !near ? renderWhenIdle(() => setNear(true)) : undefined), [nearing, near]);

  useEffect(() => {
    if (shown || !media) return;
    const query = window.matchMedia(media);
    // A part the server left out on a wrong guess (a desktop browser in a narrow window) is rendered now.
    if (query.matches) return setShown(true);
    const change = () => query.matches && setShown(true);
    query.addEventListener("change", change);
    return () => query.removeEventListener("change", change);
  }, [shown, media]);

  useEffect(() => {
    if (near) return;
    const el = ref.current;
    if (!el || !("IntersectionObserver" in window)) return setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNearing(true), {
      rootMargin: NEAR_MARGIN,
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);

  // A placeholder has none of the part's controls, so a keyboard user tabbing through the page would pass them by:
  // the first Tab brings every placeholder on the page to life, before the browser moves the focus.
  const waitingAsPlaceholder = !live && placeholder !== undefined;
  useEffect(() => {
    if (!waitingAsPlaceholder) return;
    const onKeyDown = (event: KeyboardEvent) => event.key === "Tab" && flushSync(wake);
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [waitingAsPlaceholder, wake]);

  useLayoutEffect(() => {
    const replay = pending.current;
    if (!live || !replay || !ref.current) return;
    pending.current = null;
    const target = ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)[replay.at];
    target?.focus();
    if (replay.action === "click") target?.click();
  }, [live]);

  if (live) {
    return (
      <Wrapper key="live" ref={ref as never} {...attributes}>
        {children}
      </Wrapper>
    );
  }
  /** The control an event reached, counted among the part's focusable elements (-1 when none). */
  const controlIndex = (event: SyntheticEvent<HTMLElement>) => {
    const control = event.target instanceof Element ? event.target.closest(FOCUSABLE) : null;
    return control ? Array.from(event.currentTarget.querySelectorAll(FOCUSABLE)).indexOf(control) : -1;
  };
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const at = controlIndex(event);
    if (!pending.current && at >= 0) pending.current = { at, action: "focus" };
    wake();
  };
  // A press on a frozen control must not move focus yet: focus would wake the part at once, replacing the control
  // between the press and its release, and the click would be lost. The click itself wakes it.
  const onMouseDownCapture = (event: MouseEvent<HTMLElement>) => {
    if (controlIndex(event) >= 0) event.preventDefault();
  };
  // A click faster than the observer (a jump to the end of the page, a script) is not lost: it is held back from the
  // inert HTML (a link would load the page again) and given to the live control.
  const onClickCapture = (event: MouseEvent<HTMLElement>) => {
    const at = controlIndex(event);
    if (at < 0) return;
    event.preventDefault();
    event.stopPropagation();
    pending.current = { at, action: "click" };
    wake();
  };
  const waiting = { onFocus, onMouseDownCapture, onClickCapture };
  if (shown && placeholder !== undefined) {
    return (
      <Wrapper key="frozen" ref={ref as never} {...attributes} {...waiting}>
        {placeholder}
      </Wrapper>
    );
  }
  // An element with (empty) inner HTML has no children for React to hydrate: the server's stay untouched.
  return (
    <Wrapper
      key="frozen"
      ref={ref as never}
      {...attributes}
      {...waiting}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: "" }}
    />
  );
}
