// Ranking of scoring.md section 2: priority desc, then valueScore desc, then id
// asc by plain string comparison (code units, not locale: "B" < "a10" < "a9").

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Indices of the initiatives, best first. */
export function rankOrder(priority: Float64Array, value: Float64Array, ids: readonly string[]): Int32Array {
  const n = priority.length;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    const pa = priority[a]!;
    const pb = priority[b]!;
    if (pa !== pb) return pb > pa ? 1 : -1;
    const va = value[a]!;
    const vb = value[b]!;
    if (va !== vb) return vb > va ? 1 : -1;
    return compareIds(ids[a]!, ids[b]!);
  });
  return Int32Array.from(order);
}

/** rank[i] (1-based) from an order produced by rankOrder. */
export function ranksOf(order: Int32Array): Int32Array {
  const rank = new Int32Array(order.length);
  for (let r = 0; r < order.length; r++) rank[order[r]!] = r + 1;
  return rank;
}
