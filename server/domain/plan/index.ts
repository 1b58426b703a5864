import { procedureTable } from "../shared/procedure";
import { adoptOptimalPlan, listAdoptions, undoAdoption } from "./adopt";
import { planChoice } from "./choice";
import { comparePlans } from "./compare";
import { planPermissions } from "./permissions";
import { planRobustnessView } from "./robustness";
import { adoptPlanInput, comparePlansInput, planChoiceInput, planRobustnessInput, undoAdoptionInput } from "./schemas";

export * from "./schemas";
export type { PlanView } from "./view";
export type { PlanMove } from "./compare";
export { planChoiceRead } from "./choice";
export { planRobustnessRead } from "./robustness";
export { planPermissions };

export const planProcedures = procedureTable(planPermissions, {
  choice: (p) => p.query(planChoiceInput, planChoice),
  compare: (p) => p.query(comparePlansInput, comparePlans),
  robustness: (p) => p.query(planRobustnessInput, planRobustnessView),
  adoptions: (p) => p.query(listAdoptions),
  adopt: (p) => p.mutation(adoptPlanInput, adoptOptimalPlan),
  undoAdoption: (p) => p.mutation(undoAdoptionInput, undoAdoption),
});
