import { changeMemberRole, listMembers, removeMember } from "@/server/domain/workspaces/members";
import {
  acceptInvitation,
  createInvitation,
  describeInvitation,
  listInvitations,
  revokeInvitation,
} from "@/server/domain/workspaces/invitations";
import {
  changeRoleInput,
  invitationIdInput,
  invitationTokenInput,
  inviteInput,
  removeMemberInput,
} from "@/server/domain/workspaces/schemas";
import { authedProcedure, publicProcedure, router, workspaceProcedure, createProcedure } from "../init";
import { runOnce } from "@/server/domain/shared/idempotency";

export const memberRouter = router({
  list: workspaceProcedure.query(({ ctx }) => listMembers(ctx)),
  changeRole: workspaceProcedure.meta({ action: "members.manage" }).input(changeRoleInput).mutation(({ ctx, input }) => changeMemberRole(ctx, input)),
  remove: workspaceProcedure.meta({ action: "members.manage" }).input(removeMemberInput).mutation(({ ctx, input }) => removeMember(ctx, input)),
});

export const invitationRouter = router({
  create: createProcedure.meta({ action: "members.manage" }).input(inviteInput).mutation(({ ctx, input }) => runOnce(ctx.db, ctx.userId, ctx.idempotency, () => createInvitation(ctx, input))),
  list: workspaceProcedure.meta({ action: "members.manage" }).query(({ ctx }) => listInvitations(ctx)),
  revoke: workspaceProcedure.meta({ action: "members.manage" }).input(invitationIdInput).mutation(({ ctx, input }) => revokeInvitation(ctx, input)),
  describe: publicProcedure.input(invitationTokenInput).query(({ ctx, input }) => describeInvitation(ctx.db, input)),
  accept: authedProcedure.input(invitationTokenInput).mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
});
