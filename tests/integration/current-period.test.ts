import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { envToday, resetClock, setClock, today } from "@/server/domain/shared/clock";
import { createTestDb } from "../helpers/db";
import { makeTeam } from "../helpers/factories";
import { failure } from "../helpers/initiative-factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let ws: { workspaceId: string };

beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
  ws = { workspaceId: team.workspaceId };
});
afterEach(() => resetClock());

async function calendarOn(day: string) {
  setClock(() => day);
  const c = await team.as.viewer.period.calendar(ws);
  return { currentPeriod: c.currentPeriod, latestEndedPeriod: c.latestEndedPeriod, pastTheEnd: c.pastTheEnd };
}

/** Three quarters of 2026 by start date only: the last one lasts as long as the one before (three months). */
async function quartersWithoutEnds() {
  await team.as.admin.period.create({ ...ws, label: "Q1 2026", startDate: "2026-01-01" });
  await team.as.admin.period.create({ ...ws, label: "Q2 2026", startDate: "2026-04-01" });
  await team.as.admin.period.create({ ...ws, label: "Q3 2026", startDate: "2026-07-01" });
}

describe("the current period, from the periods' dates and the server clock", () => {
  it("is -1 before the first period, and nothing has ended", async () => {
    await quartersWithoutEnds();
    expect(await calendarOn("2025-12-31")).toEqual({ currentPeriod: -1, latestEndedPeriod: null, pastTheEnd: false });
  });

  it("is the period containing today, inside and on both boundary days", async () => {
    await quartersWithoutEnds();
    expect(await calendarOn("2026-01-01")).toEqual({ currentPeriod: 0, latestEndedPeriod: null, pastTheEnd: false });
    expect(await calendarOn("2026-02-14")).toEqual({ currentPeriod: 0, latestEndedPeriod: null, pastTheEnd: false });
    // 31 March is Q1's last day (the day before Q2 starts); 1 April is Q2's first.
    expect(await calendarOn("2026-03-31")).toEqual({ currentPeriod: 0, latestEndedPeriod: null, pastTheEnd: false });
    expect(await calendarOn("2026-04-01")).toEqual({ currentPeriod: 1, latestEndedPeriod: 0, pastTheEnd: false });
    expect(await calendarOn("2026-08-15")).toEqual({ currentPeriod: 2, latestEndedPeriod: 1, pastTheEnd: false });
  });

  it("gives the last period without an end date the length of the one before it; after it, the number of periods", async () => {
    await quartersWithoutEnds();
    // Q3 2026 starts on 1 July, three months after Q2: its last day is 30 September.
    expect(await calendarOn("2026-09-30")).toEqual({ currentPeriod: 2, latestEndedPeriod: 1, pastTheEnd: false });
    expect(await calendarOn("2026-10-01")).toEqual({ currentPeriod: 3, latestEndedPeriod: 2, pastTheEnd: true });
    expect((await team.as.viewer.period.list(ws)).map((p) => p.lastDay)).toEqual(["2026-03-31", "2026-06-30", "2026-09-30"]);
  });

  it("uses end dates where they are set: a gap belongs to the next period, the last period ends on its own day", async () => {
    await team.as.admin.period.create({ ...ws, label: "Spring", startDate: "2026-03-01", endDate: "2026-05-31" });
    await team.as.admin.period.create({ ...ws, label: "Autumn", startDate: "2026-09-01", endDate: "2026-10-15" });
    expect(await calendarOn("2026-05-31")).toEqual({ currentPeriod: 0, latestEndedPeriod: null, pastTheEnd: false });
    // June to August lies between the two: Spring has ended, new work can only go into Autumn.
    expect(await calendarOn("2026-07-10")).toEqual({ currentPeriod: 1, latestEndedPeriod: 0, pastTheEnd: false });
    expect(await calendarOn("2026-10-15")).toEqual({ currentPeriod: 1, latestEndedPeriod: 0, pastTheEnd: false });
    expect(await calendarOn("2026-10-16")).toEqual({ currentPeriod: 2, latestEndedPeriod: 1, pastTheEnd: true });
  });

  it("is 0 with no periods at all", async () => {
    expect(await calendarOn("2026-08-15")).toEqual({ currentPeriod: 0, latestEndedPeriod: null, pastTheEnd: false });
  });

  it("reaches the scorecard and roadmap views, and a new day moves them without any write", async () => {
    await quartersWithoutEnds();
    setClock(() => "2026-02-01");
    expect((await team.as.viewer.scorecard.roadmap(ws)).calendar.currentPeriod).toBe(0);
    setClock(() => "2026-05-01");
    expect((await team.as.viewer.scorecard.roadmap(ws)).calendar.currentPeriod).toBe(1);
    expect((await team.as.viewer.scorecard.summary(ws)).calendar).toEqual({
      today: "2026-05-01",
      currentPeriod: 1,
      latestEndedPeriod: 0,
      pastTheEnd: false,
    });
  });
});

describe("period dates are validated in plain words, and a refused change changes nothing", () => {
  it("refuses a last day on or before the first day", async () => {
    const error = await failure(team.as.admin.period.create({ ...ws, label: "Q1", startDate: "2026-01-01", endDate: "2026-01-01" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors.endDate?.join(" ")).toBe("The last day must come after the first day");
    expect(await team.as.viewer.period.list(ws)).toEqual([]);
  });

  it("refuses a period that would overlap the next one, on create and on update", async () => {
    await quartersWithoutEnds();
    const overlap = await failure(team.as.admin.period.create({ ...ws, label: "Late Q1", startDate: "2026-02-01", endDate: "2026-04-10" }));
    expect(overlap.code).toBe("BAD_REQUEST");
    expect(overlap.message).toBe(
      "Late Q1 would end on 2026-04-10, but Q2 2026 starts on 2026-04-01: periods cannot overlap. End it before 2026-04-01, or move Q2 2026.",
    );
    expect((await team.as.viewer.period.list(ws)).map((p) => p.label)).toEqual(["Q1 2026", "Q2 2026", "Q3 2026"]);

    const [q1] = await team.as.viewer.period.list(ws);
    const update = await failure(team.as.admin.period.update({ ...ws, id: q1!.id, version: q1!.version, endDate: "2026-04-01" }));
    expect(update.fieldErrors.endDate?.join(" ")).toContain("Q1 2026 would end on 2026-04-01, but Q2 2026 starts on 2026-04-01");
    const after = (await team.as.viewer.period.list(ws))[0]!;
    expect([after.endDate, after.version, after.lastDay]).toEqual([null, 1, "2026-03-31"]);

    // Ending Q1 early is fine: the days until Q2 starts are a gap.
    const saved = await team.as.admin.period.update({ ...ws, id: q1!.id, version: q1!.version, endDate: "2026-03-15" });
    expect(saved.endDate).toBe("2026-03-15");
    // And an empty last day clears it again.
    const cleared = await team.as.admin.period.update({ ...ws, id: q1!.id, version: saved.version, endDate: "" });
    expect(cleared.endDate).toBeNull();
  });
});

describe("the clock's environment override", () => {
  it("is honoured outside production, and in production only when explicitly allowed", () => {
    expect(envToday({ NODE_ENV: "test", TRIPLE_CROWN_TODAY: "2026-08-15" })).toBe("2026-08-15");
    expect(envToday({ NODE_ENV: "production", TRIPLE_CROWN_TODAY: "2026-08-15" })).toBeNull();
    expect(envToday({ NODE_ENV: "production", TRIPLE_CROWN_TODAY: "2026-08-15", TRIPLE_CROWN_ALLOW_CLOCK_OVERRIDE: "1" })).toBe(
      "2026-08-15",
    );
    expect(envToday({ NODE_ENV: "test" })).toBeNull();
    expect(() => envToday({ NODE_ENV: "test", TRIPLE_CROWN_TODAY: "15/08/2026" })).toThrow(
      "TRIPLE_CROWN_TODAY must be a date written YYYY-MM-DD",
    );
  });

  it("setClock wins over the real day until resetClock", () => {
    setClock(() => "2030-01-02");
    expect(today()).toBe("2030-01-02");
    resetClock();
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(today()).not.toBe("2030-01-02");
  });
});
