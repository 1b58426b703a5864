// A module of its own, without zod: the canvas editor needs the names on its first load, the schema only once
// something is typed (app/_components/autosave/use-lazy-schema-errors.ts).

/** What each field is called in the editor; CONFLICTs and messages use these, never the keys. */
export const CANVAS_LABELS = {
  categoryId: "Category",
  title: "Title",
  outcomeStatement: "Successful Customer Outcome",
  context: "Context",
  expectations: "Expectations",
  painPoints: "Pain points",
  notes: "Notes",
  status: "Status",
} as const;
