import type { PlanRow } from "./plan-rows";

/** Who may do what from the roadmap: pins are edits (content.write), status and progress are the team's (initiative.track). */
export function canPin(row: PlanRow, can: (a: "content.write") => boolean) {
  return row.info.status === "approved" && can("content.write");
}
export function canTrack(row: PlanRow, can: (a: "initiative.track") => boolean) {
  return (row.info.status === "approved" || row.info.status === "in_progress") && can("initiative.track");
}
