"use client";

import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * True while the page is being printed. Paged and virtualised lists render
 * every row then, so a board pack holds the whole scorecard or roadmap, not
 * the rows that happened to be on screen. Ctrl+P goes through beforeprint;
 * the Print button through print().
 */
export function usePrintMode() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  function print() {
    flushSync(() => setPrinting(true));
    window.print();
    setPrinting(false);
  }
  return { printing, print };
}
