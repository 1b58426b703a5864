"use client";

import { useState } from "react";
import { Button, type ButtonProps } from "../ui/button";

/** The file name a download answered with (Content-Disposition), else the fallback. */
function filenameOf(res: Response, fallback: string): string {
  const header = res.headers.get("content-disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]!);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * Fetches a download and saves it under the server's file name. Fetching
 * (rather than a plain link) shows that a PDF is being made and shows the
 * server's message when it cannot be.
 */
export function DownloadButton({
  href,
  fallbackName,
  children,
  onError,
  ...rest
}: Omit<ButtonProps, "onClick" | "onError"> & { href: string; fallbackName: string; onError: (message: string | null) => void }) {
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    onError(null);
    try {
      const res = await fetch(href, { credentials: "same-origin" });
      if (!res.ok) {
        onError((await res.text()) || `The download failed (${res.status}).`);
        return;
      }
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement("a");
      a.href = url;
      a.download = filenameOf(res, fallbackName);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      onError("The download failed: check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button variant="secondary" {...rest} busy={busy} onClick={() => void download()}>
      {children}
    </Button>
  );
}
