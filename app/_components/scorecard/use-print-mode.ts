"use client";

import { useCallback, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { useBeforePrint } from "../ui/use-before-print";

/**
 * True while the page is being printed. Paged and virtualised lists render
 * every row then, so a board pack holds the whole scorecard or roadmap, not
 * the rows that happened to be on screen. Ctrl+P goes through beforeprint;
 * the Print button through print().
 */
export function usePrintMode() {
  const [printing, setPrinting] = useState(false);
  useBeforePrint(useCallback(() => setPrinting(true), []));
  useEffect(() => {
    const after = () => setPrinting(false);
    window.addEventListener("afterprint", after);
    return () => window.removeEventListener("afterprint", after);
  }, []);
  function print() {
    flushSync(() => setPrinting(true));
    window.print();
    setPrinting(false);
  }
  return { printing, print };
}
