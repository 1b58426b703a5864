"use client";

import type { ColumnMapping, CsvPreview } from "./types";

/** One select per field: which column of the file holds it (or none). */
export function MappingTable({
  preview,
  mapping,
  onChange,
}: {
  preview: CsvPreview;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Which column holds each field</caption>
      <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th scope="col" className="px-3 py-2 font-medium">
            Field
          </th>
          <th scope="col" className="px-3 py-2 font-medium">
            Column in your file
          </th>
          <th scope="col" className="px-3 py-2 font-medium">
            What it takes
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {preview.fields.map((f) => {
          const id = `map-${f.key}`;
          const missing = f.required && (mapping[f.key] === null || mapping[f.key] === undefined);
          return (
            <tr key={f.key}>
              <td className="px-3 py-1.5">
                <label htmlFor={id} className="font-medium text-slate-800">
                  {f.label}
                  {f.required ? <span className="text-red-700"> *</span> : null}
                </label>
              </td>
              <td className="px-3 py-1.5">
                <select
                  id={id}
                  value={mapping[f.key] ?? ""}
                  aria-invalid={missing || undefined}
                  onChange={(e) => onChange({ ...mapping, [f.key]: e.target.value === "" ? null : Number(e.target.value) })}
                  className={`w-full rounded-md border-0 py-1 pl-2 pr-8 text-sm ring-1 ring-inset ${missing ? "ring-red-500" : "ring-slate-300"}`}
                >
                  <option value="">— not in the file —</option>
                  {preview.columns.map((c) => (
                    <option key={c.index} value={c.index}>
                      {c.name || `Column ${c.index + 1}`}
                    </option>
                  ))}
                </select>
              </td>
              <td className="px-3 py-1.5 text-xs text-slate-600">{f.hint}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
