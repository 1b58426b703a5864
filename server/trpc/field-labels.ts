import { CANVAS_LABELS } from "@/server/domain/canvas/schemas";
import { CATEGORY_LABELS } from "@/server/domain/category/schemas";
import { INITIATIVE_LABELS } from "@/server/domain/initiative/schemas";
import { MEASURE_LABELS } from "@/server/domain/measure/schemas";
import { MOMENT_LABELS } from "@/server/domain/moment/schemas";
import type { FieldLabels } from "@/server/domain/shared/labels";

const BY_ROUTER: Record<string, FieldLabels> = {
  canvas: CANVAS_LABELS,
  category: CATEGORY_LABELS,
  initiative: INITIATIVE_LABELS,
  measure: MEASURE_LABELS,
  moment: MOMENT_LABELS,
};

/** The field labels of the entity a procedure ("initiative.update") works on; empty when it has none. */
export function labelsForPath(path: string | undefined): FieldLabels {
  return BY_ROUTER[path?.split(".")[0] ?? ""] ?? {};
}
