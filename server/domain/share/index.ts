import { procedureTable } from "../shared/procedure";
import { createShareLink, listShareLinks, revokeShareLink } from "./commands";
import { sharePermissions } from "./permissions";
import { createShareLinkInput, shareLinkIdInput, shareTokenInput } from "./schemas";
import { viewSharedScorecard } from "./view";

export * from "./commands";
export * from "./schemas";
export * from "./view";
export { sharePermissions };

export const shareProcedures = procedureTable(sharePermissions, {
  create: (p) => p.create(createShareLinkInput, createShareLink),
  list: (p) => p.query(listShareLinks),
  revoke: (p) => p.mutation(shareLinkIdInput, revokeShareLink),
  view: (p) => p.query(shareTokenInput, (ctx, input) => viewSharedScorecard(ctx.db, input.token)),
});
