import { z } from "zod";
import { factorFor, type Factor, type Realisation } from "@/server/scoring";
import { NotFoundError } from "../errors";
import type { WorkspaceCtx } from "../shared/context";
import { buildBenefits, categoryNamesOf, verdictsOfWorkspace } from "./benefits";
import { defineScorecardRead, readScorecard, sourcePortfolio, sourceScorecard } from "./read";

/** The benefits realisation view (docs/product.md, "Benefits"): run where the scorecard is, only the view crosses back. */
export const benefitsRead = defineScorecardRead("scorecard.benefits", async (s) => {
  const scorecard = await sourceScorecard(s);
  const { loaded } = await sourcePortfolio(s);
  const [outcomes, names] = [await verdictsOfWorkspace(s.db, s.workspaceId), await categoryNamesOf(s.db, s.workspaceId)];
  return buildBenefits(scorecard, loaded, outcomes, names);
});

export function getBenefits(ctx: WorkspaceCtx) {
  return readScorecard(ctx.db, ctx.workspaceId, benefitsRead, undefined);
}

export const departmentCalibrationInput = z.object({ initiativeId: z.string().trim().min(1, "Name the initiative").max(100) });
export type DepartmentCalibrationInput = z.infer<typeof departmentCalibrationInput>;

/** How far one money crown's estimates of a department have realised, and the factor its calibrated value uses. */
export type CrownCalibration = Pick<Realisation, "ratio" | "initiatives"> & { factor: Factor | null };

/**
 * What the initiative page says about its department's estimates: the
 * realisation of the department's done work for cost and revenue (with how
 * many initiatives each rests on) and the factor a calibrated value would use.
 */
export const departmentCalibrationRead = defineScorecardRead(
  "scorecard.departmentCalibration",
  async (s, input: DepartmentCalibrationInput) => {
    const { loaded } = await sourcePortfolio(s);
    const display = loaded.display.get(input.initiativeId);
    if (!display) return null;
    const { calibration } = (await sourceScorecard(s)).calibration;
    const own = calibration.departments.find((d) => d.department === display.department)?.realisation;
    const crown = (c: "cost" | "revenue"): CrownCalibration => ({
      ratio: own?.[c].ratio ?? null,
      initiatives: own?.[c].initiatives ?? 0,
      factor: factorFor(calibration, display.department, c),
    });
    return { department: display.department, cost: crown("cost"), revenue: crown("revenue") };
  },
);

export async function getDepartmentCalibration(ctx: WorkspaceCtx, input: DepartmentCalibrationInput) {
  const found = await readScorecard(ctx.db, ctx.workspaceId, departmentCalibrationRead, input);
  if (!found) throw new NotFoundError("Initiative");
  return found;
}
