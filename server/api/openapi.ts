import { z } from "zod";
import { appUrl } from "@/server/config/app-url";
import { apiRequestsPerMinute } from "./rate-limit";
import { API_ERROR_STATUS, apiErrorBody } from "./errors";
import { envelopeOf } from "./handle";
import { OPERATIONS, type Operation } from "./operations";
import { idSchema } from "@/server/domain/shared/inputs";

type JsonSchema = Record<string, unknown>;

/**
 * Turns zod schemas into the document's JSON Schemas (OpenAPI 3.1 speaks
 * JSON Schema 2020-12, zod's own target) and gathers the named ones
 * (`.meta({ id })`) under components.schemas, referenced from each use.
 */
class SchemaSet {
  readonly components: Record<string, JsonSchema> = {};

  of(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const json = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
    const { $schema: _dialect, $defs, ...rest } = json;
    for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) this.components[name] = this.refs(def);
    // A named schema at the top comes back from zod as a reference to its own $defs entry, hoisted above.
    return this.refs(rest);
  }

  private refs(schema: JsonSchema): JsonSchema {
    return JSON.parse(JSON.stringify(schema).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  }
}

const ERROR_WORDS: Partial<Record<keyof typeof API_ERROR_STATUS, string>> = {
  bad_request: "The request is malformed: not JSON, an unknown query parameter, a cursor the API did not give out.",
  unauthorized: "No token, or a token that is unknown, expired or revoked.",
  forbidden: "The token's access does not allow this operation (a read token cannot write).",
  not_found: "Nothing with this id in the token's workspace.",
  conflict: "Someone saved the row since the version you sent, or the idempotency key was used for another request.",
  invalid: "A field is refused; `fields` names each one with why.",
  too_many_requests: "The token's calls per minute are used up; wait for Retry-After seconds.",
};

function errorResponses(op: Operation): Record<string, unknown> {
  const codes: (keyof typeof API_ERROR_STATUS)[] = ["bad_request", "unauthorized", "forbidden", "too_many_requests"];
  if (op.path.includes("{id}") || op.query) codes.push("not_found");
  if (op.query || op.body || op.path.includes("{id}")) codes.push("invalid");
  if (op.method !== "GET") codes.push("conflict");
  const out: Record<string, unknown> = {};
  for (const code of codes) {
    out[String(API_ERROR_STATUS[code])] = {
      description: ERROR_WORDS[code],
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return out;
}

function parameters(op: Operation, set: SchemaSet): unknown[] {
  const out: unknown[] = [];
  if (op.path.includes("{id}")) out.push({ name: "id", in: "path", required: true, schema: set.of(idSchema, "input") });
  if (op.query) {
    const json = set.of(op.query, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = schema;
      out.push({
        name,
        in: "query",
        required: (json.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: rest,
        // Arrays are sent as repeated parameters: ?status=approved&status=in_progress.
        ...(rest.type === "array" ? { style: "form", explode: true } : {}),
      });
    }
  }
  return out;
}

function operationObject(op: Operation, set: SchemaSet) {
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    parameters: parameters(op, set),
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: set.of(op.body, "input") } } } } : {}),
    responses: {
      [String(op.status ?? 200)]: {
        description: op.paged ? "A page of rows and the cursor of the next page." : "The result.",
        content: { "application/json": { schema: set.of(envelopeOf(op), "output") } },
      },
      ...errorResponses(op),
    },
  };
}

/** The OpenAPI 3.1 document of /api/v1, generated from the schemas the handlers validate and answer with. */
export function openApiDocument() {
  const set = new SchemaSet();
  set.of(apiErrorBody, "output");
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(op, set);
  return {
    openapi: "3.1.0",
    info: {
      title: "Triple Crown API",
      version: "1.0.0",
      description:
        `A workspace's initiatives, customer categories, canvases, moments, measures, periods, scorecard and roadmap. ` +
        `Authenticate with a workspace API token (Authorization: Bearer tc_…); each token reaches its own workspace only. ` +
        `Lists are paged with ?limit= (up to 200) and ?cursor=; answers are { data, nextCursor }. ` +
        `Each token may make ${apiRequestsPerMinute()} calls a minute. Errors are { error: { code, message, fields? } }.`,
    },
    servers: [{ url: appUrl("/api/v1") }],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: "Initiatives", description: "Proposed changes and their estimates." },
      { name: "Customers", description: "Categories, their canvases, moments of truth and measures." },
      { name: "Planning", description: "Periods and the roadmap." },
      { name: "Scorecard", description: "The ranked initiatives and why." },
    ],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "A workspace API token, tc_…" } },
      schemas: set.components,
    },
  };
}
