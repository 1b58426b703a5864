import { describe, expect, it } from "vitest";
import type { Role } from "@/db/schema";
import { canCall } from "@/server/domain/procedure-permissions";
import {
  checkInitialStatus,
  checkTransition,
  INITIATIVE_STATUSES,
  isDecidable,
  movesFrom,
  type InitiativeStatus,
  type Via,
} from "@/server/domain/initiative/status-rules";

/** What the status control offers a role: the machine's moves it may call (app/_components/initiative/status-control.tsx). */
const offered = (role: Role, status: InitiativeStatus) =>
  movesFrom(status)
    .filter((m) => canCall(role, m.procedure))
    .map((m) => m.label);

const VIA = { "initiative.decide": "decide", "initiative.updateProgress": "track", "initiative.update": "edit" } as const satisfies Record<
  string,
  Via
>;

function codeOf(run: () => void): string {
  try {
    run();
    return "OK";
  } catch (error) {
    return (error as { code?: string }).code ?? "THROWN";
  }
}

describe("the status machine the UI asks", () => {
  it("offers each role the moves worked out by hand", () => {
    expect(offered("executive", "proposed")).toEqual(["Approve", "Reject"]);
    expect(offered("editor", "proposed")).toEqual([]);
    expect(offered("tracker", "approved")).toEqual(["Start work"]);
    expect(offered("admin", "approved")).toEqual(["Start work", "Cancel initiative"]);
    expect(offered("tracker", "in_progress")).toEqual(["Mark done", "Back to approved"]);
    expect(offered("executive", "in_progress")).toEqual(["Stop work"]);
    expect(offered("editor", "done")).toEqual(["Reopen"]);
    expect(offered("editor", "cancelled")).toEqual(["Propose again"]);
    expect(offered("tracker", "cancelled")).toEqual([]);
    expect(offered("viewer", "proposed")).toEqual([]);
  });

  it("offers exactly the moves the server then accepts from that role", () => {
    const roles: Role[] = ["admin", "executive", "editor", "tracker", "viewer"];
    for (const role of roles) {
      for (const from of INITIATIVE_STATUSES) {
        for (const move of movesFrom(from)) {
          const code = codeOf(() => checkTransition(role, from, move.to, VIA[move.procedure]));
          expect(code, `${role}: ${from} → ${move.to}`).toBe(offered(role, from).includes(move.label) ? "OK" : "FORBIDDEN");
        }
      }
    }
  });

  it("refuses a move that does not exist, and a decision sent as an edit", () => {
    expect(codeOf(() => checkTransition("admin", "proposed", "done", "edit"))).toBe("INVALID");
    expect(codeOf(() => checkTransition("admin", "proposed", "approved", "edit"))).toBe("INVALID");
  });

  it("asks a backfill for every permission of the way there", () => {
    expect(codeOf(() => checkInitialStatus("editor", "proposed"))).toBe("OK");
    expect(codeOf(() => checkInitialStatus("executive", "approved"))).toBe("OK");
    expect(codeOf(() => checkInitialStatus("executive", "done"))).toBe("FORBIDDEN");
    expect(codeOf(() => checkInitialStatus("tracker", "in_progress"))).toBe("FORBIDDEN");
    expect(codeOf(() => checkInitialStatus("admin", "done"))).toBe("OK");
    expect(codeOf(() => checkInitialStatus("executive", "cancelled"))).toBe("OK");
  });

  it("says which statuses an executive may still decide on", () => {
    expect(INITIATIVE_STATUSES.filter(isDecidable)).toEqual(["proposed", "approved", "in_progress"]);
  });
});
