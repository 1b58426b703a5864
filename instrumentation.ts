/** Next calls register() once per server process, before it handles the first request. */
export async function register(): Promise<void> {
  // The edge runtime has no file system or SQLite; only the Node.js server prepares data.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { onServerStart } = await import("./server/cli/server-start");
    await onServerStart();
  }
}
