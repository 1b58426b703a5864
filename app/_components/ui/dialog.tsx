"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

const FIELDS = ":is(input:not([type=hidden]), textarea, select):not(:disabled)";

/**
 * A modal on the native <dialog>: the browser gives focus trapping, Escape to
 * close and the backdrop; we add a title wired to aria-labelledby.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  wide,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first focusable element, the close button: a title typed next would go nowhere
      // and Enter would close the dialog with the text. The first field gets the focus instead.
      dialog.querySelector<HTMLElement>(`[data-dialog-body] ${FIELDS}`)?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className={`m-auto w-[calc(100%-2rem)] rounded-xl bg-white p-0 shadow-xl backdrop:bg-slate-900/40 ${wide ? "max-w-3xl" : "max-w-lg"}`}
    >
      {open ? (
        <div className="p-6">
          <div className="mb-4 flex items-start justify-between gap-4">
            <div>
              <h2 id={titleId} className="text-lg font-semibold text-slate-900">
                {title}
              </h2>
              {description ? <div className="mt-1 text-sm text-slate-600">{description}</div> : null}
            </div>
            <button
              type="button"
              onClick={onClose}
              className="rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800"
              aria-label="Close"
            >
              <span aria-hidden>✕</span>
            </button>
          </div>
          <div data-dialog-body>{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}
