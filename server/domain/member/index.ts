import { procedureTable } from "../shared/procedure";
import { changeMemberRole, listMembers, removeMember } from "./members";
import { memberPermissions } from "./permissions";
import { changeRoleInput, removeMemberInput } from "./schemas";

export * from "./members";
export * from "./membership-role";
export * from "./schemas";
export { memberPermissions };

export const memberProcedures = procedureTable(memberPermissions, {
  list: (p) => p.query(listMembers),
  changeRole: (p) => p.mutation(changeRoleInput, changeMemberRole),
  remove: (p) => p.mutation(removeMemberInput, removeMember),
});
