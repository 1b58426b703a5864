"use client";

import { useEffect, useState } from "react";

/** The value once it has stopped changing for `ms`; keeps the live preview from asking on every keystroke. */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}
