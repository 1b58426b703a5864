import { z } from "zod";
import { CANVAS_STATUSES } from "@/db/schema/values";
import { idSchema, keptText, requiredText, TEXT_MAX, versionSchema, wholeListPage } from "../shared/inputs";

export { CANVAS_LABELS } from "./labels";

const title = requiredText("Title", TEXT_MAX.title, "Give the canvas a title");
const longText = (label: string) => keptText(label, TEXT_MAX.long);
const status = z.enum(CANVAS_STATUSES, { message: `Choose one of: ${CANVAS_STATUSES.join(", ")}` });

const fields = {
  categoryId: idSchema,
  title,
  /** The Successful Customer Outcome, in the customer's words. */
  outcomeStatement: longText("Successful Customer Outcome"),
  context: longText("Context"),
  expectations: longText("Expectations"),
  painPoints: longText("Pain points"),
  notes: longText("Notes"),
  status,
};

export const createCanvasInput = z.object({
  ...fields,
  outcomeStatement: longText("Successful Customer Outcome").default(""),
  context: longText("Context").default(""),
  expectations: longText("Expectations").default(""),
  painPoints: longText("Pain points").default(""),
  notes: longText("Notes").default(""),
  status: status.default("draft"),
});
export type CreateCanvasInput = z.infer<typeof createCanvasInput>;

/** The editor autosaves with the version it read; a stale one is a CONFLICT. */
export const updateCanvasInput = z.object(fields).partial().extend({ id: idSchema, version: versionSchema });
export type UpdateCanvasInput = z.infer<typeof updateCanvasInput>;

export const canvasIdInput = z.object({ id: idSchema });

export const deleteCanvasInput = z.object({
  id: idSchema,
  confirm: z.boolean().optional(),
  version: versionSchema.optional(),
});
export type DeleteCanvasInput = z.infer<typeof deleteCanvasInput>;

export const listCanvasesInput = z.object({
  categoryId: idSchema.optional(),
  ...wholeListPage,
});
export type ListCanvasesInput = z.infer<typeof listCanvasesInput>;
