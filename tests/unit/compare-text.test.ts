import { describe, expect, it } from "vitest";
import { compareText } from "@/app/_components/ui/compare-text";

describe("compareText", () => {
  it("sorts labels A–Z whatever their case, and equal labels stay equal", () => {
    expect(["customer care", "Billing", "Sales", "billing"].sort(compareText)).toEqual(["Billing", "billing", "customer care", "Sales"]);
    expect(compareText("Ops", "Ops")).toBe(0);
  });
});
