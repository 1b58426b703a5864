"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useState } from "react";

/** The URL parameter that keeps "Show calibrated values" on across reloads and shared links. */
const PARAM = "calibrated";

/** Whether the scorecard shows calibrated values, kept in the URL (off by default). */
export function useCalibratedToggle(): [boolean, (on: boolean) => void] {
  const params = useSearchParams();
  const pathname = usePathname();
  const inUrl = params.get(PARAM) === "1";
  // The box follows the click at once; the URL (and so back, reload and shared links) follows it.
  const [on, setOn] = useState(inUrl);
  const [seenUrl, setSeenUrl] = useState(inUrl);
  if (seenUrl !== inUrl) {
    setSeenUrl(inUrl);
    setOn(inUrl);
  }
  const set = useCallback(
    (next: boolean) => {
      setOn(next);
      const p = new URLSearchParams(params.toString());
      if (next) p.set(PARAM, "1");
      else p.delete(PARAM);
      const query = p.toString();
      // The page's data does not depend on it: no server round trip, just the address (Next keeps useSearchParams in step).
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [params, pathname],
  );
  return [on, set];
}

/** The explicit switch: calibrated values appear beside the estimated ones, never in their place. */
export function CalibratedToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <div className="no-print px-4 pt-3">
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => onChange(e.target.checked)}
          className="size-4 rounded border-slate-300 text-brand-600"
          aria-describedby="calibrated-note"
        />
        Show calibrated values
      </label>
      <p id="calibrated-note" className="mt-0.5 max-w-3xl text-xs text-slate-600">
        {on
          ? "Beside each value: the value (and rank) if its cost and revenue estimates were scaled by how far its department's done work realised its estimates — or the whole workspace's, when the department has fewer than 3 done initiatives. Estimated values and ranks do not change."
          : "Calibration scales estimates by how far done work realised its own estimates (see Roadmap → Benefits)."}
      </p>
    </div>
  );
}
