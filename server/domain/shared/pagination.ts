/** One page of a bounded list (its input: `pageInput` / `pageFields` in inputs.ts). */
export type Page<T> = { items: T[]; total: number; limit: number; offset: number };
