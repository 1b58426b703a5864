"use client";

import { useState, type FormEvent } from "react";
import type { InitiativeDetail } from "../trpc/types";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert, Badge, Card } from "../ui/card";
import { formText } from "../ui/form-text";

type Assumption = InitiativeDetail["assumptions"][number];
type Patch = Partial<Pick<Assumption, "status" | "critical" | "text" | "kind" | "evidence">>;

const STATUS_TEXT = { untested: "Untested", validated: "Validated", invalidated: "Invalidated" } as const;
/** What a status rests on, weakest first (docs/scoring.md §10.4: opinion 0.25, data 0.5, test 0.75, launch 1). */
const EVIDENCE_TEXT = { opinion: "Opinion", data: "Data", test: "Test", launch: "Launch" } as const;
const CONTROL = "rounded-md border-0 py-1 pl-2 pr-8 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600";

/** What must be true for it to work, and what could go wrong; each tested over time. */
export function AssumptionsList({
  items,
  readOnly,
  onAdd,
  onUpdate,
  onDelete,
}: {
  items: Assumption[];
  readOnly: boolean;
  onAdd: (input: { kind: Assumption["kind"]; text: string; critical: boolean }) => Promise<unknown>;
  onUpdate: (a: Assumption, patch: Patch) => Promise<unknown>;
  onDelete: (a: Assumption) => Promise<unknown>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const run = (work: Promise<unknown>) => {
    setError(null);
    work.catch((e: unknown) => setError(`${readTrpcError(e).message} Nothing was changed.`));
  };

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    setError(null);
    setPending(true);
    try {
      await onAdd({
        kind: formText(form, "kind") as Assumption["kind"],
        text: formText(form, "text"),
        critical: form.get("critical") === "on",
      });
      formEl.reset();
    } catch (err) {
      setError(readTrpcError(err).message);
    } finally {
      setPending(false);
    }
  }

  return (
    <Card className="space-y-3 p-4">
      <div>
        <h2 className="font-semibold text-slate-900">Assumptions and risks</h2>
        <p className="text-sm text-slate-600">
          What must be true for the estimates to hold, and what could go wrong. Test the critical ones first.
        </p>
        <p id="evidence-help" className="text-xs text-slate-600">
          “On what evidence” says how sure a validated or invalidated one is: an opinion counts least, then data, a test, and a launch most.
        </p>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {items.length === 0 ? <p className="text-sm text-slate-600">None written down yet.</p> : null}
      <ul className="space-y-2">
        {items.map((a) => (
          <li key={a.id} className="rounded-md px-3 py-2 ring-1 ring-slate-200">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p className="min-w-0 flex-1 text-sm text-slate-900">
                <Badge tone={a.kind === "risk" ? "red" : "slate"}>{a.kind === "risk" ? "Risk" : "Assumption"}</Badge>{" "}
                {a.critical ? <Badge tone="amber">Critical</Badge> : null} {a.text}
              </p>
              {readOnly ? (
                <p className="flex flex-wrap items-center gap-1">
                  <Badge tone={a.status === "validated" ? "green" : a.status === "invalidated" ? "red" : "slate"}>
                    {STATUS_TEXT[a.status]}
                  </Badge>
                  <span className="text-xs text-slate-600">on {EVIDENCE_TEXT[a.evidence].toLowerCase()}</span>
                </p>
              ) : (
                <div className="flex flex-wrap items-center gap-2">
                  <select
                    aria-label={`Status of “${a.text}”`}
                    value={a.status}
                    onChange={(e) => run(onUpdate(a, { status: e.target.value as Assumption["status"] }))}
                    className={CONTROL}
                  >
                    {Object.entries(STATUS_TEXT).map(([v, l]) => (
                      <option key={v} value={v}>
                        {l}
                      </option>
                    ))}
                  </select>
                  <label className="flex items-center gap-1 text-xs text-slate-700">
                    On what evidence
                    <select
                      aria-label={`Evidence for “${a.text}”`}
                      aria-describedby="evidence-help"
                      value={a.evidence}
                      onChange={(e) => run(onUpdate(a, { evidence: e.target.value as Assumption["evidence"] }))}
                      className={CONTROL}
                    >
                      {Object.entries(EVIDENCE_TEXT).map(([v, l]) => (
                        <option key={v} value={v}>
                          {l}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="flex items-center gap-1 text-xs text-slate-700">
                    <input type="checkbox" checked={a.critical} onChange={(e) => run(onUpdate(a, { critical: e.target.checked }))} />
                    Critical
                  </label>
                  <button
                    type="button"
                    onClick={() => run(onDelete(a))}
                    className="rounded px-2 py-1 text-xs text-slate-600 hover:bg-red-50 hover:text-red-700"
                    aria-label={`Delete “${a.text}”`}
                  >
                    Delete
                  </button>
                </div>
              )}
            </div>
          </li>
        ))}
      </ul>
      {!readOnly ? (
        <form
          onSubmit={(e) => void submit(e)}
          aria-label="Add an assumption or risk"
          className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-3"
        >
          <div className="space-y-1">
            <label htmlFor="assumption-kind" className="block text-xs font-medium text-slate-700">
              Kind
            </label>
            <select id="assumption-kind" name="kind" defaultValue="assumption" className={`${CONTROL} py-2`}>
              <option value="assumption">Assumption</option>
              <option value="risk">Risk</option>
            </select>
          </div>
          <div className="min-w-48 flex-1 space-y-1">
            <label htmlFor="assumption-text" className="block text-xs font-medium text-slate-700">
              What must be true, or could go wrong
            </label>
            <input
              id="assumption-text"
              name="text"
              placeholder="e.g. Customers read texts from an unknown number"
              className="block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
            />
          </div>
          <label className="flex items-center gap-1 pb-2 text-sm text-slate-700">
            <input type="checkbox" name="critical" /> Critical
          </label>
          <Button type="submit" variant="secondary" busy={pending}>
            Add
          </Button>
        </form>
      ) : null}
    </Card>
  );
}
