"use client";

import { useState } from "react";
import { Button } from "@/app/_components/ui/button";

/** A signing secret, shown once after creation or rotation, with a copy button. */
export function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-4 space-y-2 rounded-md bg-emerald-50 p-3 ring-1 ring-inset ring-emerald-200">
      <label htmlFor="webhook-secret" className="block text-sm font-medium text-emerald-900">
        The signing secret. Copy it now into your receiver: it is shown only once.
      </label>
      <div className="flex gap-2">
        <input
          id="webhook-secret"
          data-testid="webhook-secret"
          readOnly
          value={secret}
          onFocus={(e) => e.target.select()}
          className="block w-full rounded-md border-0 bg-white px-3 py-2 font-mono text-xs ring-1 ring-inset ring-slate-300"
        />
        <Button
          variant="secondary"
          onClick={() =>
            void navigator.clipboard?.writeText(secret).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? "Copied" : "Copy"}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
