"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Alert, Badge, Card } from "../ui/card";
import { formatMoneyShort, formatNumber } from "../ui/format";
import { useWorkspace } from "../workspace/workspace-context";
import { gapText, listLabels } from "./choice-text";
import { Solving } from "./solving";
import type { CompareData } from "./types";

type Side = { scenarioId: string | null; mode: "greedy" | "optimal" };
const encode = (s: Side) => `${s.mode}:${s.scenarioId ?? ""}`;
const decode = (v: string): Side => {
  const [mode, id] = v.split(":") as ["greedy" | "optimal", string];
  return { mode, scenarioId: id || null };
};

function SidePicker({
  label,
  value,
  onChange,
  scenarios,
}: {
  label: string;
  value: Side;
  onChange: (s: Side) => void;
  scenarios: { id: string; name: string }[];
}) {
  const id = useId();
  const options = [{ id: null as string | null, name: "The workspace as it is" }, ...scenarios];
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        value={encode(value)}
        onChange={(e) => onChange(decode(e.target.value))}
        className="mt-1 w-full rounded-md border-0 py-1.5 pl-2 pr-8 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
      >
        {options.flatMap((o) =>
          (["greedy", "optimal"] as const).map((mode) => (
            <option key={`${mode}:${o.id ?? ""}`} value={`${mode}:${o.id ?? ""}`}>
              {o.name} — {mode}
            </option>
          )),
        )}
      </select>
    </div>
  );
}

function statusOf(side: CompareData["a"]) {
  if (side.status === "infeasible") return <Badge tone="red">Infeasible</Badge>;
  if (side.mode === "greedy") return <Badge>Greedy</Badge>;
  return <Badge tone="green">{side.status === "optimal" ? "Optimal" : gapText(side)}</Badge>;
}

/** Two plans side by side — the workspace or a scenario, greedy or optimal — and which initiatives move. */
export function ScenarioCompare() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const scenarios = useQuery(trpc.scenario.list.queryOptions({ workspaceId: ws.id }));
  const list = (scenarios.data ?? []).map((s) => ({ id: s.id, name: s.name }));
  const [a, setA] = useState<Side>({ scenarioId: null, mode: "greedy" });
  const [chosenB, setB] = useState<Side | null>(null);
  const b = chosenB ?? (list[0] ? { scenarioId: list[0].id, mode: "optimal" as const } : { scenarioId: null, mode: "optimal" as const });
  const compare = useQuery(trpc.plan.compare.queryOptions({ workspaceId: ws.id, a, b }, { staleTime: 30_000 }));
  const data = compare.data;
  const label = (side: CompareData["a"], i: number | null) => (i === null ? "—" : (side.periods[i]?.label ?? `period ${i + 1}`));

  const rows: { name: string; value: (s: CompareData["a"]) => string }[] = [
    { name: "Value planned", value: (s) => formatNumber(s.totals.value, 1) },
    { name: "Value newly planned", value: (s) => formatNumber(s.objective, 1) },
    { name: "Triple crowns", value: (s) => String(s.totals.tripleCrowns) },
    { name: "NPV of planned work", value: (s) => formatMoneyShort(s.totals.npv) },
    { name: "Effort planned", value: (s) => formatNumber(s.totals.effort, 1) },
    { name: "Initiatives newly planned", value: (s) => String(s.totals.planned) },
  ];
  return (
    <Card className="p-5" data-testid="scenario-compare">
      <h2 className="text-base font-semibold text-slate-900">Compare two plans</h2>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <SidePicker label="Plan A" value={a} onChange={setA} scenarios={list} />
        <SidePicker label="Plan B" value={b} onChange={setB} scenarios={list} />
      </div>
      <div className="mt-4">
        {compare.isPending ? (
          <Solving what="both plans" />
        ) : compare.error || !data ? (
          <Alert>The plans could not be compared: {readTrpcError(compare.error).message}</Alert>
        ) : (
          <>
            <table className="w-full text-sm">
              <thead>
                <tr className="text-left text-slate-600">
                  <th className="py-1 font-medium" scope="col">
                    <span className="sr-only">Measure</span>
                  </th>
                  <th className="py-1 font-medium" scope="col">
                    A: {data.a.scenario?.name ?? "as it is"}
                  </th>
                  <th className="py-1 font-medium" scope="col">
                    B: {data.b.scenario?.name ?? "as it is"}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                <tr>
                  <th scope="row" className="py-1.5 text-left font-normal text-slate-700">
                    Plan
                  </th>
                  <td>{statusOf(data.a)}</td>
                  <td>{statusOf(data.b)}</td>
                </tr>
                {rows.map((r) => (
                  <tr key={r.name}>
                    <th scope="row" className="py-1.5 text-left font-normal text-slate-700">
                      {r.name}
                    </th>
                    <td className="tabular-nums">{r.value(data.a)}</td>
                    <td className="tabular-nums">{r.value(data.b)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {[data.a, data.b].map((side, n) =>
              side.infeasible.length ? (
                <div key={n} className="mt-3" data-testid="infeasible">
                  <Alert tone="warning">
                    {n === 0 ? "A" : "B"} cannot be planned as the scenario asks:{" "}
                    {side.infeasible
                      .map((f) =>
                        f.reason === "blocked"
                          ? `“${f.title}” needs ${f.blockedByNamed.map((p) => `“${p.title}”`).join(", ")}, which cannot be planned`
                          : f.reason === "forced_out"
                            ? `“${f.title}” is forced out as well as in`
                            : `“${f.title}” does not fit${f.fullPeriods?.length ? `: ${listLabels(f.fullPeriods.map((i) => side.periods[i]?.label ?? ""))} ${f.fullPeriods.length === 1 ? "is" : "are"} full` : ""}`,
                      )
                      .join("; ")}
                    . The plan shown leaves {side.infeasible.length === 1 ? "it" : "them"} out.
                  </Alert>
                </div>
              ) : null,
            )}
            <h3 className="mt-4 text-sm font-semibold text-slate-900">What moves from A to B ({data.moves.length})</h3>
            {data.moves.length === 0 ? (
              <p className="mt-1 text-sm text-slate-600">Nothing: both plans place the same initiatives in the same periods.</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm text-slate-800" data-testid="plan-moves">
                {data.moves.map((m) => (
                  <li key={m.id}>
                    <span className="font-medium">{m.title}</span> —{" "}
                    {m.kind === "added"
                      ? `only in B (${label(data.b, m.b)})`
                      : m.kind === "dropped"
                        ? `only in A (${label(data.a, m.a)})`
                        : `${label(data.a, m.a)} in A, ${label(data.b, m.b)} in B`}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </Card>
  );
}
