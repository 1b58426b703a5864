"use client";

import { Button } from "../ui/button";

/** Prints the page on A4 landscape (see the print rules in app/globals.css); hidden on paper. */
export function PrintButton({ onPrint, label = "Print" }: { onPrint: () => void; label?: string }) {
  return (
    <Button variant="secondary" onClick={onPrint} className="no-print">
      <svg viewBox="0 0 20 20" fill="currentColor" className="size-4" aria-hidden>
        <path d="M5 2h10v4H5V2Zm-2 5h14a2 2 0 0 1 2 2v5h-3v4H4v-4H1V9a2 2 0 0 1 2-2Zm3 6v3h8v-3H6Z" />
      </svg>
      {label}
    </Button>
  );
}
