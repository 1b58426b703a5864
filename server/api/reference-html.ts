import { openApiDocument } from "./openapi";

/** The JSON Schema keywords the reference reads. */
type Json = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  anyOf?: Json[];
  items?: Json;
  properties?: Record<string, Json>;
  required?: string[];
  description?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  maxLength?: number;
  default?: unknown;
};
type Param = { name: string; in: string; required?: boolean; description?: string; schema?: Json };
type Op = {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters?: Param[];
  requestBody?: { content: { "application/json": { schema: Json } } };
  responses: Record<string, { description?: string; content?: { "application/json": { schema: Json } } }>;
};

const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** A schema in a few words: "string", "integer | null", "array of Category", "one of: read, read_write". */
function typeWords(schema: Json | undefined): string {
  if (!schema) return "";
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.split("/").at(-1)!;
    return `<a href="#schema-${escape(name)}">${escape(name)}</a>`;
  }
  if (schema.enum) return `one of: ${schema.enum.map((v) => escape(JSON.stringify(v))).join(", ")}`;
  if (schema.anyOf) return schema.anyOf.map(typeWords).join(" | ");
  if (schema.type === "array") return `array of ${typeWords(schema.items)}`;
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  return escape(schema.type ?? "any");
}

function limits(schema: Json | undefined): string {
  if (!schema) return "";
  const parts: string[] = [];
  // Integers carry ±2^53 bounds from zod: not worth printing.
  if (schema.minimum !== undefined && Math.abs(schema.minimum) < 1e15) parts.push(`≥ ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) parts.push(`> ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined && Math.abs(schema.maximum) < 1e15) parts.push(`≤ ${schema.maximum}`);
  if (schema.maxLength !== undefined) parts.push(`up to ${schema.maxLength} characters`);
  if (schema.default !== undefined) parts.push(`default ${escape(JSON.stringify(schema.default))}`);
  return parts.join(", ");
}

function propertiesTable(schema: Json): string {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(properties).map(
    ([name, p]) =>
      `<tr><td><code>${escape(name)}</code>${required.has(name) ? "" : " <small>(optional)</small>"}</td><td>${typeWords(p)}</td><td>${escape(p.description ?? "")} ${limits(p)}</td></tr>`,
  );
  return `<table><thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Notes</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function operationHtml(method: string, path: string, op: Op): string {
  const params = (op.parameters ?? []).map(
    (p) =>
      `<tr><td><code>${escape(p.name)}</code> <small>(${escape(p.in)}${p.required ? ", required" : ""})</small></td><td>${typeWords(p.schema)}</td><td>${escape(
        p.description ?? "",
      )} ${limits(p.schema)}</td></tr>`,
  );
  const body = op.requestBody?.content["application/json"].schema;
  const responses = Object.entries(op.responses).map(([status, r]) => {
    const schema = r.content?.["application/json"].schema;
    const data = schema?.properties?.data;
    return `<li><strong>${escape(status)}</strong> ${escape(r.description ?? "")}${data ? ` — <code>data</code>: ${typeWords(data)}` : ""}</li>`;
  });
  return `<section id="${escape(op.operationId)}">
<h3><span class="method">${method.toUpperCase()}</span> <code>/api/v1${escape(path)}</code> — ${escape(op.summary)}</h3>
${op.description ? `<p>${escape(op.description)}</p>` : ""}
${params.length ? `<h4>Parameters</h4><table><thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Notes</th></tr></thead><tbody>${params.join("")}</tbody></table>` : ""}
${body ? `<h4>Request body (JSON)</h4>${propertiesTable(body)}` : ""}
<h4>Responses</h4><ul>${responses.join("")}</ul>
</section>`;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;color:#0f172a;max-width:70rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:1px solid #e2e8f0}h3{font-size:1.05rem;margin-top:1.8rem}
code{font-family:ui-monospace,monospace;font-size:.9em}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #e2e8f0;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f8fafc}
.method{display:inline-block;min-width:3.8rem;font-weight:700;color:#4338ca}small{color:#475569}a{color:#4338ca}`;

/** The readable API reference: every operation, its parameters and body, and every schema, from the OpenAPI document. No script. */
export function referenceHtml(): string {
  const doc = openApiDocument();
  const byTag = new Map<string, string[]>();
  const index: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(methods)) {
      const op = raw as Op;
      const tag = op.tags[0] ?? "Other";
      (byTag.get(tag) ?? byTag.set(tag, []).get(tag)!).push(operationHtml(method, path, op));
      index.push(
        `<li><a href="#${escape(op.operationId)}">${method.toUpperCase()} /api/v1${escape(path)}</a> — ${escape(op.summary)}</li>`,
      );
    }
  }
  const schemas = Object.entries(doc.components.schemas as Record<string, Json>).map(
    ([name, schema]) =>
      `<section id="schema-${escape(name)}"><h3>${escape(name)}</h3><p>${escape(schema.description ?? "")}</p>${propertiesTable(schema)}</section>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Triple Crown API reference</title><style>${STYLE}</style></head><body><main>
<h1>Triple Crown API reference (version ${escape(doc.info.version)})</h1>
<p>${escape(doc.info.description)}</p>
<p>Base address: <code>${escape(doc.servers[0]!.url)}</code>. The machine-readable document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Operations</h2><ul>${index.join("")}</ul>
${[...byTag.entries()].map(([tag, ops]) => `<h2>${escape(tag)}</h2>${ops.join("")}`).join("")}
<h2>Schemas</h2>${schemas.join("")}
</main></body></html>`;
}
