import { procedureTable } from "../shared/procedure";
import { acceptInvitation, createInvitation, describeInvitation, listInvitations, revokeInvitation } from "./invitations";
import { invitationPermissions } from "./permissions";
import { invitationIdInput, invitationTokenInput, inviteInput } from "./schemas";

export * from "./invitations";
export * from "./schemas";
export { invitationPermissions };

export const invitationProcedures = procedureTable(invitationPermissions, {
  create: (p) => p.create(inviteInput, createInvitation),
  list: (p) => p.query(listInvitations),
  revoke: (p) => p.mutation(invitationIdInput, revokeInvitation),
  describe: (p) => p.query(invitationTokenInput, async (ctx, input) => await describeInvitation(ctx.db, input)),
  accept: (p) => p.mutation(invitationTokenInput, acceptInvitation),
});
