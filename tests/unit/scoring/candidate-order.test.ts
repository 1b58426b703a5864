// The planner's candidate order (docs/scoring.md §6 rule 5) on inputs big enough
// for the radix path (>= 2,048), against a plain comparison sort written here.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { candidateOrder } from "@/server/scoring/rank";

function reference(effective: Float64Array, priority: Float64Array, value: Float64Array, ids: string[], include: Uint8Array): number[] {
  const picked: number[] = [];
  for (let i = 0; i < effective.length; i++) if (include[i] === 1) picked.push(i);
  return picked.sort((a, b) => {
    if (effective[a] !== effective[b]) return effective[b]! - effective[a]!;
    if (priority[a] !== priority[b]) return priority[b]! - priority[a]!;
    if (value[a] !== value[b]) return value[b]! - value[a]!;
    return ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0;
  });
}

describe("candidateOrder", () => {
  it.each([100, 6_000])(
    "orders about half of %i initiatives as candidates by effective priority, priority, value, then id, ties included",
    (n) => {
      fc.assert(
        fc.property(fc.integer(), (seed) => {
          // Few distinct values, so every tie-break is exercised; negative and fractional numbers included.
          const rnd = fc.sample(
            fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }), fc.boolean()),
            { seed, numRuns: n },
          );
          const effective = Float64Array.from(rnd, ([e]) => e / 4);
          const priority = Float64Array.from(rnd, ([, p]) => p / 3);
          const value = Float64Array.from(rnd, ([, , v]) => v);
          const include = Uint8Array.from(rnd, ([, , , keep]) => (keep ? 1 : 0));
          const ids = rnd.map((_, i) => `i${(i * 7919) % n}`);
          const count = include.reduce((c, x) => c + x, 0);
          if (n > 1_000) expect(count).toBeGreaterThanOrEqual(2_048); // the radix path
          expect(Array.from(candidateOrder(effective, priority, value, ids, include, count))).toEqual(
            reference(effective, priority, value, ids, include),
          );
        }),
        { numRuns: 10 },
      );
    },
  );
});
