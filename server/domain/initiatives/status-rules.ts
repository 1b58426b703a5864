import type { InitiativeStatus } from "@/server/scoring";
import type { Role } from "@/db/schema";
import { ValidationError } from "../errors";
import { requireRole, type Action } from "../permissions";

/**
 * Who may move an initiative from one status to another. Approving and
 * rejecting are decisions (they need a reason, so they go through `decide`);
 * starting, finishing and stepping back are the team's (`updateProgress`);
 * re-opening a cancelled initiative is an edit. Anything else is impossible.
 */
const TRANSITIONS: Record<string, Action> = {
  "proposed>approved": "initiative.decide",
  "proposed>cancelled": "initiative.decide",
  "approved>cancelled": "initiative.decide",
  "in_progress>cancelled": "initiative.decide",
  "approved>in_progress": "initiative.track",
  "in_progress>approved": "initiative.track",
  "in_progress>done": "initiative.track",
  "done>in_progress": "initiative.track",
  "cancelled>proposed": "content.write",
};

const LABEL: Record<InitiativeStatus, string> = {
  proposed: "proposed",
  approved: "approved",
  in_progress: "in progress",
  done: "done",
  cancelled: "cancelled",
};

/** Which procedure asks for the change: decisions only through `decide`. */
type Via = "edit" | "track" | "decide";

/** Throws FORBIDDEN when the role may not make this move, BAD_REQUEST when nobody may (here). */
export function checkTransition(role: Role, from: InitiativeStatus, to: InitiativeStatus, via: Via): void {
  if (from === to) return;
  const action = TRANSITIONS[`${from}>${to}`];
  if (!action) {
    throw new ValidationError(`An initiative cannot go from ${LABEL[from]} to ${LABEL[to]}.`, {
      status: [`Not possible from ${LABEL[from]}`],
    });
  }
  requireRole(role, action);
  if (action === "initiative.decide" && via !== "decide") {
    throw new ValidationError("Approve or reject through the decision, which records the reason.", {
      status: ["Use approve / reject, with a reason"],
    });
  }
}

/** Creating straight into a later status is a backfill: it needs every permission of the way there. */
export function checkInitialStatus(role: Role, status: InitiativeStatus): void {
  if (status === "proposed") return;
  requireRole(role, "initiative.decide");
  if (status === "in_progress" || status === "done") requireRole(role, "initiative.track");
}

type StatusFields = {
  status: InitiativeStatus;
  startPeriod: number | null;
  pinnedPeriod: number | null;
  progress: number;
};

const isStarted = (s: InitiativeStatus) => s === "in_progress" || s === "done";

/**
 * The status-dependent fields after a change (docs/scoring.md §2): startPeriod is
 * required in progress and done, pinnedPeriod exists only while approved.
 * Values the caller sends that break a rule are refused; values left over
 * from the previous status are cleared (a pin is spent once work starts, a
 * start period goes when work is stepped back to approved).
 */
export function resolveStatusFields(before: StatusFields, patch: Partial<StatusFields>): StatusFields {
  const status = patch.status ?? before.status;
  const errors: Record<string, string[]> = {};

  let startPeriod = patch.startPeriod !== undefined ? patch.startPeriod : before.startPeriod;
  if (isStarted(status)) {
    if (startPeriod === null) errors.startPeriod = [`Say in which period it started (required when ${LABEL[status]})`];
  } else if (status === "proposed" || status === "approved") {
    if (patch.startPeriod != null) errors.startPeriod = ["Only an initiative in progress or done has a start period"];
    startPeriod = null;
  }

  let pinnedPeriod = patch.pinnedPeriod !== undefined ? patch.pinnedPeriod : before.pinnedPeriod;
  if (status !== "approved") {
    if (patch.pinnedPeriod != null) {
      errors.pinnedPeriod = [`Only an approved initiative can be pinned to a period (this one is ${LABEL[status]})`];
    }
    pinnedPeriod = null;
  }

  let progress = patch.progress ?? before.progress;
  if (status === "done" && before.status !== "done" && patch.progress === undefined) progress = 100;

  const fields = Object.keys(errors);
  if (fields.length > 0) throw new ValidationError(Object.values(errors).flat().join("; "), errors);
  return { status, startPeriod, pinnedPeriod, progress };
}
