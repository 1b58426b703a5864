/**
 * Runs `task` when the browser is idle, at the latest after `timeout` ms (right away where the browser has no
 * `requestIdleCallback`). Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(task, 1);
  return () => window.clearTimeout(timer);
}
