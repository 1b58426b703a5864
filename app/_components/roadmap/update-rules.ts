import { canBePinned } from "@/server/domain/initiative/status-rules";
import type { ProcedurePath } from "@/server/domain/procedure-permissions";
import type { PlanRow } from "./plan-rows";

type CanCall = (path: ProcedurePath) => boolean;

/** Who may do what from the roadmap: a pin is an edit (initiative.update), starting and progress are the team's (initiative.updateProgress). */
export function canPin(row: PlanRow, canCall: CanCall) {
  return canBePinned(row.info.status) && canCall("initiative.update");
}
export function canTrack(row: PlanRow, canCall: CanCall) {
  return (row.info.status === "approved" || row.info.status === "in_progress") && canCall("initiative.updateProgress");
}
