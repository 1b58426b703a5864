import { procedureTable } from "../shared/procedure";
import { createComment, deleteComment } from "./commands";
import { commentPermissions } from "./permissions";
import { listComments } from "./queries";
import { commentIdInput, createCommentInput, listCommentsInput } from "./schemas";

export * from "./cleanup";
export * from "./commands";
export * from "./queries";
export * from "./rules";
export * from "./schemas";
export { commentPermissions };

export const commentProcedures = procedureTable(commentPermissions, {
  list: (p) => p.query(listCommentsInput, listComments),
  create: (p) => p.create(createCommentInput, createComment),
  delete: (p) => p.mutation(commentIdInput, deleteComment),
});
