// The engine's id → index table (server/scoring/id-index.ts) must answer
// exactly like a Map that keeps the first index of each id.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdIndex } from "@/server/scoring/id-index";

function firstIndexMap(ids: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!m.has(id)) m.set(id, i);
  });
  return m;
}

describe("IdIndex", () => {
  it("finds every id and nothing else", () => {
    const index = new IdIndex(["a", "b", "c"]);
    expect([index.get("a"), index.get("b"), index.get("c")]).toEqual([0, 1, 2]);
    expect(index.get("d")).toBeUndefined();
    expect(index.get("")).toBeUndefined();
    expect(index.duplicates).toEqual([]);
  });

  it("keeps the first of repeated ids and lists the repeats in input order", () => {
    const index = new IdIndex(["x", "y", "x", "z", "y", "x"]);
    expect(index.get("x")).toBe(0);
    expect(index.get("y")).toBe(1);
    expect(index.duplicates).toEqual([2, 4, 5]);
  });

  it("leaves out the items skip names", () => {
    const index = new IdIndex(["a", "b", "c"], (i) => i === 1);
    expect(index.get("b")).toBeUndefined();
    expect(index.get("c")).toBe(2);
  });

  it("answers undefined for a lookup that is not a string (untrusted dependsOn)", () => {
    const index = new IdIndex(["1", "null"]);
    expect(index.get(1 as unknown as string)).toBeUndefined();
    expect(index.get(null as unknown as string)).toBeUndefined();
  });

  it("agrees with a Map on many ids, where probe runs and collisions are certain", () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `i${(i * 7919) % 4_000}`); // 1,000 repeats
    const index = new IdIndex(ids);
    const expected = firstIndexMap(ids);
    for (const [id, i] of expected) expect(index.get(id)).toBe(i);
    expect(index.duplicates).toHaveLength(1_000);
    for (let k = 4_000; k < 4_500; k++) expect(index.get(`i${k}`)).toBeUndefined();
  });

  it("agrees with a Map for arbitrary ids (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 200 }),
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }),
        (ids, probes) => {
          const index = new IdIndex(ids);
          const expected = firstIndexMap(ids);
          for (const id of [...ids, ...probes]) expect(index.get(id)).toBe(expected.get(id));
          expect(index.duplicates.length).toBe(ids.length - expected.size);
        },
      ),
    );
  });
});
