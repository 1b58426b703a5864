"use client";

import { useCallback, useState, type FormEvent } from "react";

/**
 * Which fields of a form were changed since its errors were set, so a field's
 * error can go away as soon as the person fixes it (instead of staying under a
 * field that is now filled in until the next submit).
 */
export function useEditedFields() {
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const onInput = useCallback((e: FormEvent<HTMLFormElement>) => {
    const name = (e.target as { name?: unknown }).name;
    if (typeof name !== "string" || name === "") return;
    setEdited((prev) => (prev.has(name) ? prev : new Set(prev).add(name)));
  }, []);
  const clear = useCallback(() => setEdited(new Set()), []);
  const without = useCallback(
    (errors: Record<string, string[]>) => Object.fromEntries(Object.entries(errors).filter(([key]) => !edited.has(key))),
    [edited],
  );
  return { onInput, clear, without };
}
