import { procedureTable } from "../shared/procedure";
import { createApiToken, listApiTokens, revokeApiToken } from "./commands";
import { apiTokenPermissions } from "./permissions";
import { apiTokenIdInput, createApiTokenInput } from "./schemas";

export * from "./authenticate";
export * from "./commands";
export * from "./schemas";
export { apiTokenPermissions };

export const apiTokenProcedures = procedureTable(apiTokenPermissions, {
  create: (p) => p.create(createApiTokenInput, createApiToken),
  list: (p) => p.query(listApiTokens),
  revoke: (p) => p.mutation(apiTokenIdInput, revokeApiToken),
});
