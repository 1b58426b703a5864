/* eslint-disable @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unnecessary-type-assertion --
   This module checks untrusted JSON at run time: Array.isArray narrows to any[], and every shape is checked before use. */
// The dependency graph in compressed (CSR) form: flat Int32Arrays instead of
// per-node arrays keep planning O(N + E) with little garbage at 10k–100k nodes.

export interface DependencyGraph {
  n: number;
  /** Prerequisites of i: prereq[prereqStart[i] .. prereqStart[i + 1]). */
  prereqStart: Int32Array;
  prereq: Int32Array;
  /** Dependents of i (initiatives that list i in dependsOn), same layout. */
  dependentStart: Int32Array;
  dependent: Int32Array;
}

/**
 * Edges to ids missing from idIndex (and non-array dependsOn) are left out;
 * onUnknown, when given, hears about each such id.
 */
function buildDependencyGraph(
  nodes: readonly { dependsOn: readonly string[] }[],
  idIndex: ReadonlyMap<string, number>,
  onUnknown?: (node: number, missingId: string) => void,
): DependencyGraph {
  const n = nodes.length;
  const prereqStart = new Int32Array(n + 1);
  const prereq = new IntList(2 * n);
  for (let i = 0; i < n; i++) {
    prereqStart[i] = prereq.length;
    const deps = nodes[i]!.dependsOn;
    if (!Array.isArray(deps)) continue;
    for (let k = 0; k < deps.length; k++) {
      const p = idIndex.get(deps[k]!);
      if (p === undefined) onUnknown?.(i, deps[k]!);
      else prereq.push(p);
    }
  }
  prereqStart[n] = prereq.length;
  return graphFromPrerequisites(prereqStart, prereq.toArray());
}

/** Completes a graph from its prerequisite lists by deriving the dependents (counting sort). */
export function graphFromPrerequisites(prereqStart: Int32Array, prereq: Int32Array): DependencyGraph {
  const n = prereqStart.length - 1;
  const edges = prereq.length;
  const dependentStart = new Int32Array(n + 1);
  for (let e = 0; e < edges; e++) dependentStart[prereq[e]! + 1]!++;
  for (let i = 0; i < n; i++) dependentStart[i + 1]! += dependentStart[i]!;
  const fill = dependentStart.slice(0, n);
  const dependent = new Int32Array(edges);
  for (let i = 0; i < n; i++) {
    for (let k = prereqStart[i]!; k < prereqStart[i + 1]!; k++) dependent[fill[prereq[k]!]!++] = i;
  }
  return { n, prereqStart, prereq, dependentStart, dependent };
}

/** A growable list of int32, for CSR arrays whose size is known only at the end. */
export class IntList {
  private data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  toArray(): Int32Array {
    return this.data.length === this.length ? this.data : this.data.slice(0, this.length);
  }
}

/**
 * One dependency cycle as node indices [a, b, …] where a depends on b, …, and
 * the last depends on a; null when the graph is acyclic. Iterative DFS, so
 * long chains cannot overflow the call stack.
 */
export function findCycleIndices(g: DependencyGraph): number[] | null {
  const { n, prereqStart, prereq } = g;
  const state = new Uint8Array(n); // 0 unvisited, 1 on the DFS stack, 2 finished
  const stack = new Int32Array(n);
  const cursor = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue;
    let top = 0;
    stack[0] = root;
    cursor[0] = prereqStart[root]!;
    state[root] = 1;
    while (top >= 0) {
      const u = stack[top]!;
      const c = cursor[top]!;
      if (c < prereqStart[u + 1]!) {
        cursor[top] = c + 1;
        const v = prereq[c]!;
        if (state[v] === 0) {
          top++;
          stack[top] = v;
          cursor[top] = prereqStart[v]!;
          state[v] = 1;
        } else if (state[v] === 1) {
          let k = top;
          while (stack[k] !== v) k--;
          return Array.from(stack.subarray(k, top + 1));
        }
      } else {
        state[u] = 2;
        top--;
      }
    }
  }
  return null;
}

/**
 * For the API: would these edges contain a cycle? Returns the ids in one cycle
 * (each depends on the next, the last on the first) or null. Unknown ids in
 * dependsOn are ignored: they cannot close a cycle.
 */
export function findDependencyCycle(edges: readonly { id: string; dependsOn: readonly string[] }[]): string[] | null {
  const idIndex = new Map<string, number>();
  for (let i = 0; i < edges.length; i++) idIndex.set(edges[i]!.id, i);
  const cycle = findCycleIndices(buildDependencyGraph(edges, idIndex));
  return cycle === null ? null : cycle.map((i) => edges[i]!.id);
}

/** Kahn's order, prerequisites before dependents. The graph must be acyclic. */
export function topologicalOrder(g: DependencyGraph): Int32Array {
  const { n, prereqStart, dependentStart, dependent } = g;
  const pending = new Int32Array(n);
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    pending[i] = prereqStart[i + 1]! - prereqStart[i]!;
    if (pending[i] === 0) order[tail++] = i;
  }
  for (let head = 0; head < tail; head++) {
    const u = order[head]!;
    for (let k = dependentStart[u]!; k < dependentStart[u + 1]!; k++) {
      const v = dependent[k]!;
      if (--pending[v]! === 0) order[tail++] = v;
    }
  }
  return order;
}
