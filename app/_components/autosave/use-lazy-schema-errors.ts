"use client";

import { useEffect, useMemo, useState } from "react";
import type { ZodType } from "zod";
import { schemaErrors } from "./schema-errors";

/**
 * `schemaErrors` with the schema fetched only once the person has edited something: the API's schemas bring zod
 * (about 30 KB compressed) into the page, which a phone would otherwise download and run before the page responds,
 * to check values that came from the server and are valid. Until the schema is in (`checking`, a few milliseconds
 * after the first keystroke), the form holds back every edited field from autosave, so nothing unchecked is sent.
 */
export function useLazySchemaErrors(
  loadSchema: () => Promise<ZodType>,
  input: Record<string, unknown>,
  edited: boolean,
): { errors: Record<string, string[]>; checking: boolean } {
  const [schema, setSchema] = useState<ZodType | null>(null);
  useEffect(() => {
    if (!edited || schema) return;
    let current = true;
    void loadSchema().then((loaded) => current && setSchema(() => loaded));
    return () => {
      current = false;
    };
  }, [edited, schema, loadSchema]);
  const errors = useMemo(() => (schema ? schemaErrors(schema, input) : {}), [schema, input]);
  return { errors, checking: edited && !schema };
}
