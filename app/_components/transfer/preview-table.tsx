import type { CsvPreview } from "./types";

/** The first rows as the import reads them, with the line each starts on. */
export function PreviewTable({ preview }: { preview: CsvPreview }) {
  return (
    <div className="overflow-x-auto rounded-md ring-1 ring-inset ring-slate-200">
      <table className="w-full text-left text-xs">
        <caption className="sr-only">The first rows of the file</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-1.5 font-medium">
              Line
            </th>
            {preview.columns.map((c) => (
              <th key={c.index} scope="col" className="whitespace-nowrap px-2 py-1.5 font-medium">
                {c.name || `Column ${c.index + 1}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {preview.rows.map((r) => (
            <tr key={r.line}>
              <td className="px-2 py-1 text-slate-500">{r.line}</td>
              {preview.columns.map((c) => (
                <td key={c.index} className="max-w-48 truncate px-2 py-1" title={r.cells[c.index] ?? ""}>
                  {r.cells[c.index] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
