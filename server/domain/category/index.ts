import { procedureTable } from "../shared/procedure";
import { createCategory, deleteCategory, updateCategory } from "./commands";
import { categoryPermissions } from "./permissions";
import { getCategory, listCategories } from "./queries";
import { categoryIdInput, createCategoryInput, deleteCategoryInput, listCategoriesInput, updateCategoryInput } from "./schemas";

export * from "./commands";
export * from "./queries";
export * from "./schemas";
export { circumstanceWarnings } from "./circumstance";
export { categoryPermissions };

export const categoryProcedures = procedureTable(categoryPermissions, {
  list: (p) => p.query(listCategoriesInput, listCategories),
  get: (p) => p.query(categoryIdInput, async (ctx, input) => await getCategory(ctx, input.id)),
  create: (p) => p.create(createCategoryInput, createCategory),
  update: (p) => p.mutation(updateCategoryInput, updateCategory),
  delete: (p) => p.mutation(deleteCategoryInput, deleteCategory),
});
