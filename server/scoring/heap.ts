// A binary min-heap of node indices ordered by a precomputed integer key, so
// the planner's "take the best ready candidate" is O(log N) with no comparator
// closures or string comparisons in the loop.

export class IndexHeap {
  private readonly items: Int32Array;
  private size = 0;

  constructor(
    capacity: number,
    private readonly key: Int32Array,
  ) {
    this.items = new Int32Array(Math.max(1, capacity));
  }

  get length(): number {
    return this.size;
  }

  push(node: number): void {
    const { items, key } = this;
    let at = this.size++;
    const k = key[node]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const p = items[parent]!;
      if (key[p]! <= k) break;
      items[at] = p;
      at = parent;
    }
    items[at] = node;
  }

  /** Removes and returns the node with the smallest key; the heap must not be empty. */
  pop(): number {
    const { items, key } = this;
    const top = items[0]!;
    const last = items[--this.size]!;
    const n = this.size;
    if (n > 0) {
      const k = key[last]!;
      let at = 0;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= n) break;
        if (child + 1 < n && key[items[child + 1]!]! < key[items[child]!]!) child++;
        if (key[items[child]!]! >= k) break;
        items[at] = items[child]!;
        at = child;
      }
      items[at] = last;
    }
    return top;
  }
}
