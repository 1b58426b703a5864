import type { Role } from "@/db/schema/workspaces";
import { statusLabel } from "@/server/format/words";
import { INITIATIVE_STATUSES, STARTED_STATUSES, type InitiativeStatus } from "@/server/scoring/types";
import { isOpenStatus } from "@/server/scoring/rank";
import { ValidationError } from "../errors";
import { requireRole, type Action } from "../permissions";
import { accessOf, type ProcedurePath } from "../procedure-permissions";

/**
 * The initiative's status machine, the one copy: the server enforces it and
 * the UI asks it which moves to offer. Pure (no database), so client
 * components import it. The statuses are the engine's (INITIATIVE_STATUSES).
 */
export { INITIATIVE_STATUSES, STARTED_STATUSES, isOpenStatus, type InitiativeStatus };

/** The procedures that change a status: a decision, the team's progress update, an edit. */
export type MoveProcedure = Extract<ProcedurePath, `initiative.${"decide" | "updateProgress" | "update"}`>;

export type StatusMove = {
  from: InitiativeStatus;
  to: InitiativeStatus;
  /**
   * The procedure that makes the move; the move needs that procedure's
   * permission (its table entry) whichever procedure carries it.
   */
  procedure: MoveProcedure;
  /** What the button says. */
  label: string;
  /** A decision keeps its reason; starting work says in which period it started. */
  needs?: "reason" | "startPeriod";
};

/**
 * Every move there is, in the order the UI offers them. Approving and
 * rejecting are decisions (they keep a reason, required to reject: reasonRule; they go through `decide`);
 * starting, finishing and stepping back are the team's (`updateProgress`);
 * re-opening a cancelled initiative is an edit. Anything else is impossible.
 */
export const STATUS_MOVES: readonly StatusMove[] = [
  { from: "proposed", to: "approved", procedure: "initiative.decide", label: "Approve", needs: "reason" },
  { from: "proposed", to: "cancelled", procedure: "initiative.decide", label: "Reject", needs: "reason" },
  { from: "approved", to: "in_progress", procedure: "initiative.updateProgress", label: "Start work", needs: "startPeriod" },
  { from: "approved", to: "cancelled", procedure: "initiative.decide", label: "Cancel initiative", needs: "reason" },
  { from: "in_progress", to: "done", procedure: "initiative.updateProgress", label: "Mark done" },
  { from: "in_progress", to: "approved", procedure: "initiative.updateProgress", label: "Back to approved" },
  { from: "in_progress", to: "cancelled", procedure: "initiative.decide", label: "Stop work", needs: "reason" },
  { from: "done", to: "in_progress", procedure: "initiative.updateProgress", label: "Reopen" },
  { from: "cancelled", to: "proposed", procedure: "initiative.update", label: "Propose again" },
];

export function movesFrom(status: InitiativeStatus): StatusMove[] {
  return STATUS_MOVES.filter((m) => m.from === status);
}

/** The permission a move needs: the action of its procedure's table entry. */
export function moveAction(move: StatusMove): Action {
  return accessOf(move.procedure) as Action;
}

/** Whether an executive may decide on it now: approve or reject a proposal, cancel or stop work. */
export function isDecidable(status: InitiativeStatus): boolean {
  return movesFrom(status).some((m) => m.procedure === "initiative.decide");
}

/** A decision's outcome: approve → approved, reject → cancelled. */
export const DECISION_TARGET = { approve: "approved", reject: "cancelled" } as const satisfies Record<string, InitiativeStatus>;
export type Decision = keyof typeof DECISION_TARGET;

/**
 * Whether a decision asks for its reason: rejecting, cancelling or stopping work takes something away from a team,
 * so it says why; approving may (the reason is kept when given).
 */
export function reasonRule(decision: Decision): "required" | "optional" {
  return decision === "reject" ? "required" : "optional";
}
export const REASON_REQUIRED_MESSAGE = "Say why you reject or stop it: the reason is kept with the decision";

export function decisionOf(move: StatusMove): Decision {
  return move.to === DECISION_TARGET.approve ? "approve" : "reject";
}

/** Only approved work may be pinned to a period; the pin is spent once work starts. */
export function canBePinned(status: InitiativeStatus): boolean {
  return status === "approved";
}

/** Work that has started: it has a start period, and realised results are compared with its plan. */
export function isStarted(status: InitiativeStatus): boolean {
  return (STARTED_STATUSES as readonly InitiativeStatus[]).includes(status);
}
const label = (s: InitiativeStatus) => statusLabel(s).toLowerCase();

/** Which procedure asks for the change: decisions only through `decide`. */
export type Via = "edit" | "track" | "decide";

/** Throws FORBIDDEN when the role may not make this move, BAD_REQUEST when nobody may (here). */
export function checkTransition(role: Role, from: InitiativeStatus, to: InitiativeStatus, via: Via): void {
  if (from === to) return;
  const move = STATUS_MOVES.find((m) => m.from === from && m.to === to);
  if (!move) {
    throw new ValidationError(`An initiative cannot go from ${label(from)} to ${label(to)}.`, {
      status: [`Not possible from ${label(from)}`],
    });
  }
  requireRole(role, moveAction(move));
  if (move.procedure === "initiative.decide" && via !== "decide") {
    throw new ValidationError("Approve or reject through the decision, which records the reason.", {
      status: ["Use approve / reject, with a reason"],
    });
  }
}

/** The moves from "proposed" to a status, shortest first found: the way a backfilled initiative went. */
function wayTo(status: InitiativeStatus): StatusMove[] {
  const ways = new Map<InitiativeStatus, StatusMove[]>([["proposed", []]]);
  const queue: InitiativeStatus[] = ["proposed"];
  while (queue.length && !ways.has(status)) {
    const from = queue.shift()!;
    for (const move of movesFrom(from)) {
      if (ways.has(move.to)) continue;
      ways.set(move.to, [...ways.get(from)!, move]);
      queue.push(move.to);
    }
  }
  return ways.get(status) ?? [];
}

/** Creating straight into a later status is a backfill: it needs every permission of the way there. */
export function checkInitialStatus(role: Role, status: InitiativeStatus): void {
  for (const move of wayTo(status)) requireRole(role, moveAction(move));
}

type StatusFields = {
  status: InitiativeStatus;
  startPeriod: number | null;
  pinnedPeriod: number | null;
  progress: number;
};

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
    if (startPeriod === null) errors.startPeriod = [`Say in which period it started (required when ${label(status)})`];
  } else if (status === "proposed" || status === "approved") {
    if (patch.startPeriod != null) errors.startPeriod = ["Only an initiative in progress or done has a start period"];
    startPeriod = null;
  }

  let pinnedPeriod = patch.pinnedPeriod !== undefined ? patch.pinnedPeriod : before.pinnedPeriod;
  if (!canBePinned(status)) {
    if (patch.pinnedPeriod != null) {
      errors.pinnedPeriod = [`Only an approved initiative can be pinned to a period (this one is ${label(status)})`];
    }
    pinnedPeriod = null;
  }

  let progress = patch.progress ?? before.progress;
  if (status === "done" && before.status !== "done" && patch.progress === undefined) progress = 100;

  const fields = Object.keys(errors);
  if (fields.length > 0) throw new ValidationError(Object.values(errors).flat().join("; "), errors);
  return { status, startPeriod, pinnedPeriod, progress };
}
