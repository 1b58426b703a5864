// A binary min-heap of small non-negative integers. The planner pushes each
// candidate's position in its precomputed total order (rank 0 = best), so "take
// the best ready candidate" is O(log N) comparing the heap's own integers: no
// comparator closures and no second array looked up per comparison (at 100k
// candidates every such lookup is a likely cache miss).

export class IntMinHeap {
  private readonly items: Int32Array;
  private size = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(Math.max(1, capacity));
  }

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    const items = this.items;
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const p = items[parent]!;
      if (p <= value) break;
      items[at] = p;
      at = parent;
    }
    items[at] = value;
  }

  /** Removes and returns the smallest value; the heap must not be empty. */
  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items[--this.size]!;
    const n = this.size;
    if (n > 0) {
      let at = 0;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= n) break;
        if (child + 1 < n && items[child + 1]! < items[child]!) child++;
        if (items[child]! >= last) break;
        items[at] = items[child]!;
        at = child;
      }
      items[at] = last;
    }
    return top;
  }
}
