import { createCategory, deleteCategory, updateCategory } from "@/server/domain/categories/commands";
import { getCategory, listCategories } from "@/server/domain/categories/queries";
import {
  categoryIdInput,
  createCategoryInput,
  deleteCategoryInput,
  listCategoriesInput,
  updateCategoryInput,
} from "@/server/domain/categories/schemas";
import { router, workspaceProcedure, createProcedure } from "../init";
import { runOnce } from "@/server/domain/shared/idempotency";

export const categoryRouter = router({
  list: workspaceProcedure.input(listCategoriesInput).query(({ ctx, input }) => listCategories(ctx, input)),
  get: workspaceProcedure.input(categoryIdInput).query(({ ctx, input }) => getCategory(ctx, input.id)),
  create: createProcedure
    .meta({ action: "content.write" })
    .input(createCategoryInput).mutation(({ ctx, input }) => runOnce(ctx.db, ctx.userId, ctx.idempotency, () => createCategory(ctx, input))),
  update: workspaceProcedure
    .meta({ action: "content.write" })
    .input(updateCategoryInput).mutation(({ ctx, input }) => updateCategory(ctx, input)),
  delete: workspaceProcedure
    .meta({ action: "content.write" })
    .input(deleteCategoryInput).mutation(({ ctx, input }) => deleteCategory(ctx, input)),
});
