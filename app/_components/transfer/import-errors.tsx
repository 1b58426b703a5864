import type { CsvImportResult } from "./types";

/** Every bad row: line, column and reason, so the file can be fixed in one go. */
export function ImportErrors({ result }: { result: Extract<CsvImportResult, { ok: false }> }) {
  const rows = new Set(result.errors.map((e) => e.line)).size;
  const problems = result.errors.length + result.omittedErrors;
  return (
    <div className="space-y-2" data-testid="import-errors">
      <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-inset ring-red-200">
        Nothing was imported: {problems} {problems === 1 ? "problem" : "problems"} in {rows} {rows === 1 ? "row" : "rows"}. Fix the file and
        import it again.
        {result.omittedErrors > 0 ? ` The first ${result.errors.length} are listed.` : null}
      </div>
      <div className="max-h-96 overflow-auto rounded-md ring-1 ring-inset ring-slate-200">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Rows that cannot be imported</caption>
          <thead className="sticky top-0 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Line
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Column
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Reason
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.errors.map((e, i) => (
              <tr key={i}>
                <td className="px-3 py-1.5 tabular-nums">{e.line}</td>
                <td className="px-3 py-1.5">{e.column || "—"}</td>
                <td className="px-3 py-1.5">{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
