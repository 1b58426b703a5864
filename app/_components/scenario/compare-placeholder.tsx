import { Card } from "../ui/card";

/**
 * Where "compare two scenarios" goes: the roadmap's owner replaces this by
 * passing `compareSlot` to ScenariosView (app/(app)/w/[workspace]/roadmap/scenarios/page.tsx).
 */
export function ScenarioComparePlaceholder() {
  return (
    <Card className="p-5" data-testid="scenario-compare-slot">
      <h2 className="font-semibold text-slate-900">Compare two scenarios</h2>
      <p className="mt-1 text-sm text-slate-600">
        Side by side, the plans of two scenarios: value, triple crowns, NPV and which initiatives move. Coming with the optimal plan.
      </p>
    </Card>
  );
}
