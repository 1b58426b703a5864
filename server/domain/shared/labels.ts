import type { FieldName } from "./merge";

/** Field key → the label people see in the form; one map per entity, in its schemas.ts. */
export type FieldLabels = Readonly<Record<string, string>>;

/** "costReduction.low" → its label; an unknown key falls back to words, never to the raw key. */
export function labelOf(labels: FieldLabels, key: string): string {
  const known = labels[key];
  if (known) return known;
  const words = key
    .replace(/\./g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Names a table column for a CONFLICT: its API field key (columns can differ from fields) and label. */
export function fieldNamer(labels: FieldLabels, fieldOfColumn: Readonly<Record<string, string>> = {}) {
  return (column: string): FieldName => {
    const field = fieldOfColumn[column] ?? column;
    return { field, label: labelOf(labels, field) };
  };
}
