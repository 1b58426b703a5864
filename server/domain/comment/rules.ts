import type { Role } from "@/db/schema/workspaces";
import { can } from "../permissions";

/**
 * Authors delete their own comments; a moderator (comment.moderate: an
 * admin) may delete any. Pure: the comment list asks it which delete buttons to show.
 */
export function mayDeleteComment(caller: { role: Role; userId: string }, authorId: string | null): boolean {
  return authorId === caller.userId || can(caller.role, "comment.moderate");
}
