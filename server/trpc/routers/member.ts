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
import { authedProcedure, publicProcedure, router, workspaceProcedure } from "../init";

export const memberRouter = router({
  list: workspaceProcedure.query(({ ctx }) => listMembers(ctx)),
  changeRole: workspaceProcedure.input(changeRoleInput).mutation(({ ctx, input }) => changeMemberRole(ctx, input)),
  remove: workspaceProcedure.input(removeMemberInput).mutation(({ ctx, input }) => removeMember(ctx, input)),
});

export const invitationRouter = router({
  create: workspaceProcedure.input(inviteInput).mutation(({ ctx, input }) => createInvitation(ctx, input)),
  list: workspaceProcedure.query(({ ctx }) => listInvitations(ctx)),
  revoke: workspaceProcedure.input(invitationIdInput).mutation(({ ctx, input }) => revokeInvitation(ctx, input)),
  describe: publicProcedure.input(invitationTokenInput).query(({ ctx, input }) => describeInvitation(ctx.db, input)),
  accept: authedProcedure.input(invitationTokenInput).mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
});
