import { z } from "zod";
import { ApiError } from "./errors";

type PropertySchema = { type?: string | string[]; items?: PropertySchema; anyOf?: PropertySchema[] };

/** The JSON type a query parameter's schema expects ("integer" and "number" both read as numbers). */
function typeOf(schema: PropertySchema | undefined): string | undefined {
  if (!schema) return undefined;
  if (typeof schema.type === "string") return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== "null");
  return schema.anyOf?.map(typeOf).find((t) => t && t !== "null");
}

function scalar(raw: string, type: string | undefined): unknown {
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw);
  if (type === "boolean" && (raw === "true" || raw === "false")) return raw === "true";
  // Anything else stays text: the schema then refuses it with its own message.
  return raw;
}

/**
 * Reads a query string into the object a zod schema validates, typed by the
 * schema's own JSON Schema (the one the OpenAPI document shows): numbers and
 * booleans are read from text, an array parameter is repeated
 * (`?status=approved&status=in_progress`). A parameter the operation does not
 * know is refused, so a typo is not silently ignored.
 */
export function readQuery(params: URLSearchParams, schema: z.ZodObject): Record<string, unknown> {
  const properties =
    (z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, PropertySchema> }).properties ?? {};
  const out: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const property = properties[key];
    if (!property) {
      const known = Object.keys(properties);
      throw new ApiError(
        "bad_request",
        `Unknown query parameter "${key}". ${known.length ? `This operation takes: ${known.join(", ")}.` : "This operation takes none."}`,
      );
    }
    const type = typeOf(property);
    const values = params.getAll(key);
    if (type === "array") out[key] = values.map((v) => scalar(v, typeOf(property.items)));
    else if (values.length > 1) throw new ApiError("bad_request", `The query parameter "${key}" was given more than once.`);
    else out[key] = scalar(values[0]!, type);
  }
  return out;
}
