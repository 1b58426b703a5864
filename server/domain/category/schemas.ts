import { z } from "zod";
import { DIGITAL_SAVVINESS } from "@/db/schema/values";
import { idSchema, keptText, requiredText, TEXT_MAX, versionSchema, wholeListPage } from "../shared/inputs";

const name = requiredText("Name", TEXT_MAX.title, "Give the category a name");
const need = requiredText("Need", TEXT_MAX.long, "Say what these customers need: a category is defined by its need");
const longText = (label: string) => keptText(label, TEXT_MAX.long);
const digitalSavviness = z.enum(DIGITAL_SAVVINESS, { message: `Choose one of: ${DIGITAL_SAVVINESS.join(", ")}` });
const size = z
  .number()
  .int("Size is a whole number of customers")
  .min(0, "Size cannot be negative")
  .max(1e12, "Size is at most 1,000,000,000,000")
  .nullable();
const weight = z.number().gt(0, "Weight must be greater than 0").max(1_000_000, "Weight is at most 1,000,000");

// Without defaults, so an update can leave any field out (zod 4 applies defaults inside .partial()).
const fields = {
  name,
  need,
  jobToBeDone: longText("Job to be done"),
  description: longText("Description"),
  digitalSavviness,
  size,
  weight,
};

/** What each field is called in the form; CONFLICTs and messages use these, never the keys. */
export const CATEGORY_LABELS = {
  name: "Name",
  need: "Need",
  jobToBeDone: "Job to be done",
  description: "Description",
  digitalSavviness: "Digital savviness",
  size: "Size",
  weight: "Weight",
} as const;

export const createCategoryInput = z.object({
  ...fields,
  jobToBeDone: longText("Job to be done").default(""),
  description: longText("Description").default(""),
  digitalSavviness: digitalSavviness.default("medium"),
  size: size.optional(),
  weight: weight.default(1),
});
export type CreateCategoryInput = z.infer<typeof createCategoryInput>;

export const updateCategoryInput = z.object(fields).partial().extend({ id: idSchema, version: versionSchema });
export type UpdateCategoryInput = z.infer<typeof updateCategoryInput>;

export const categoryIdInput = z.object({ id: idSchema });

export const deleteCategoryInput = z.object({
  id: idSchema,
  /** The caller saw what goes with it and wants it gone. */
  confirm: z.boolean().optional(),
  version: versionSchema.optional(),
});
export type DeleteCategoryInput = z.infer<typeof deleteCategoryInput>;

export const listCategoriesInput = z.object(wholeListPage);
export type ListCategoriesInput = z.infer<typeof listCategoriesInput>;
