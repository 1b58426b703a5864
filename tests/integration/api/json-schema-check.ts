/**
 * A small JSON Schema (2020-12) checker for the keywords the API's document
 * uses, written apart from zod so a response is checked against the
 * document itself, not against the code that produced both. Local
 * references ("#/components/schemas/Category") are resolved in `root`, the
 * whole document.
 */
type Schema = Record<string, unknown>;

function resolve(root: unknown, ref: string): Schema {
  if (!ref.startsWith("#/")) throw new Error(`Only local references are checked, not ${ref}`);
  let target: unknown = root;
  for (const part of ref.slice(2).split("/")) {
    target = (target as Record<string, unknown> | undefined)?.[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  if (!target || typeof target !== "object") throw new Error(`Reference ${ref} leads nowhere`);
  return target as Schema;
}

function typeMatches(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

export function schemaErrors(schema: Schema, value: unknown, root: unknown, at = "$"): string[] {
  if (typeof schema.$ref === "string") return schemaErrors(resolve(root, schema.$ref), value, root, at);
  const errors: string[] = [];
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => typeMatches(value, t)))
      return [`${at}: expected ${types.join(" or ")}, got ${JSON.stringify(value)?.slice(0, 60)}`];
  }
  if (schema.enum && !(schema.enum as unknown[]).includes(value))
    errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if ("const" in schema && schema.const !== value) errors.push(`${at}: expected ${JSON.stringify(schema.const)}`);
  if (schema.anyOf) {
    const branches = schema.anyOf as Schema[];
    if (!branches.some((b) => schemaErrors(b, value, root, at).length === 0)) errors.push(`${at}: matches none of anyOf`);
  }
  if (schema.oneOf) {
    const matching = (schema.oneOf as Schema[]).filter((b) => schemaErrors(b, value, root, at).length === 0).length;
    if (matching !== 1) errors.push(`${at}: matches ${matching} of oneOf`);
  }
  for (const part of (schema.allOf as Schema[] | undefined) ?? []) errors.push(...schemaErrors(part, value, root, at));
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) errors.push(`${at}: below ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum) errors.push(`${at}: above ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum)
      errors.push(`${at}: not above ${schema.exclusiveMinimum}`);
  }
  if (typeof value === "string") {
    if (typeof schema.minLength === "number" && value.length < schema.minLength) errors.push(`${at}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === "number" && value.length > schema.maxLength) errors.push(`${at}: longer than ${schema.maxLength}`);
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((item, i) => errors.push(...schemaErrors(schema.items as Schema, item, root, `${at}[${i}]`)));
  if (typeMatches(value, "object") && (schema.properties || schema.required || schema.additionalProperties !== undefined)) {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in object)) errors.push(`${at}.${key}: missing`);
    for (const [key, v] of Object.entries(object)) {
      if (properties[key]) errors.push(...schemaErrors(properties[key], v, root, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}.${key}: not in the schema`);
      else if (typeof schema.additionalProperties === "object")
        errors.push(...schemaErrors(schema.additionalProperties as Schema, v, root, `${at}.${key}`));
    }
  }
  return errors;
}
