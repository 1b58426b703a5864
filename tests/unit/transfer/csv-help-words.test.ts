import { describe, expect, it } from "vitest";
import { INITIATIVE_CSV_COLUMNS } from "@/server/domain/initiative/codec";
import { MOMENT_CSV_COLUMNS } from "@/server/domain/moment/codec";
import { createInitiativeInput } from "@/server/domain/initiative/schemas";

/** Words a person importing a spreadsheet should not have to know (issue: "start period = period index"). */
const JARGON = /\bindex\b|\bs_[ECR]\b|material amount|category factor|moment weight/i;

describe("the CSV import help speaks plainly", () => {
  it.each([...INITIATIVE_CSV_COLUMNS, ...MOMENT_CSV_COLUMNS].map((c) => [c.key, c.hint ?? ""]))("%s: %s", (_key, hint) => {
    expect(hint).not.toMatch(JARGON);
  });

  it("says how periods are counted where a column takes a period number", () => {
    const start = INITIATIVE_CSV_COLUMNS.find((c) => c.key === "start_period")!;
    const pinned = INITIATIVE_CSV_COLUMNS.find((c) => c.key === "pinned_period")!;
    for (const c of [start, pinned]) expect(c.hint).toMatch(/0 is the first period/);
  });

  it("a period that is not a whole number is refused in plain words", () => {
    const base = { title: "Kiosk", department: "Digital", status: "in_progress", effortDays: 10, startPeriod: 1.5 };
    const result = createInitiativeInput.safeParse(base);
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.filter((i) => i.path[0] === "startPeriod").map((i) => i.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).not.toMatch(JARGON);
    expect(messages[0]).toMatch(/whole number/);
  });
});
