/**
 * A first-come, first-served lock for one SQLite connection. An async
 * transaction body awaits between its statements; while it holds the gate,
 * statements from other requests wait, so they never run inside its
 * transaction nor see its uncommitted rows (decision 037).
 */
export class Gate {
  private tail: Promise<void> = Promise.resolve();
  private holders = 0;

  get held(): boolean {
    return this.holders > 0;
  }

  async acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => next);
    this.holders++;
    await previous;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holders--;
      release();
    };
  }
}
