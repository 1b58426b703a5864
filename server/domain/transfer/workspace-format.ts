import { z } from "zod";
import { ROLES } from "@/db/schema";
import { createCanvasInput } from "../canvas/schemas";
import { createCategoryInput } from "../category/schemas";
import { createCommentInput } from "../comment/schemas";
import { addAssumptionInput, createInitiativeInput, MAX_DEPENDENCIES, MAX_EFFECTS, recordResultInput } from "../initiative/schemas";
import { addActualInput, createMeasureInput } from "../measure/schemas";
import { createMomentInput } from "../moment/schemas";
import { endsAfterStart, MAX_PERIODS, periodFields } from "../period/schemas";
import { modelFields } from "../scoringModel/schemas";
import { workspaceNameSchema } from "../workspace/schemas";

/**
 * The workspace file (docs/workspace-format.md). Entities refer to each other
 * by `ref`, a name that only means something inside the file ("initiative-7"),
 * so a file carries no database ids and imports into any installation.
 * Each entity reuses the API's own input schema, so a file can hold nothing
 * the API would refuse.
 */
export const WORKSPACE_FORMAT = "triple-crown-workspace";
export const WORKSPACE_FORMAT_VERSION = 1;

const ref = z.string().min(1, "A ref is never empty").max(64, "A ref has at most 64 characters");
const email = z.string().trim().toLowerCase().max(320, "An email has at most 320 characters");
const personRef = email.nullable().default(null);
const epochMs = z.number().int().min(0).max(8_640_000_000_000_000);
const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z
    .array(item)
    .max(max, `At most ${max.toLocaleString("en")} ${what}`)
    .default([]);

const member = z.object({
  email,
  name: z.string().max(200),
  role: z.enum(ROLES, { message: `Choose one of: ${ROLES.join(", ")}` }),
});

const category = createCategoryInput.extend({ ref, createdAt: epochMs.optional() });

const canvas = createCanvasInput.omit({ categoryId: true }).extend({ ref, categoryRef: ref, createdAt: epochMs.optional() });

const moment = createMomentInput.omit({ canvasId: true }).extend({
  ref,
  canvasRef: ref,
  position: z.number().int().min(0).max(1_000_000).default(0),
  createdAt: epochMs.optional(),
});

const actual = addActualInput.omit({ measureId: true }).extend({ createdBy: personRef, createdAt: epochMs.optional() });

const measure = createMeasureInput.omit({ canvasId: true }).extend({
  ref,
  canvasRef: ref,
  actuals: list(actual, 10_000, "values per measure"),
  createdAt: epochMs.optional(),
});

const period = periodFields.extend({ ref, createdAt: epochMs.optional() }).refine(...endsAfterStart);

const scoringModel = modelFields.extend({
  number: z.number().int().min(1).max(1_000_000),
  note: z.string().max(2_000).default(""),
  createdBy: personRef,
  createdAt: epochMs.optional(),
});

const effect = z.object({
  momentRef: ref,
  effect: z
    .number()
    .int()
    .min(-3, "An effect is at least −3")
    .max(3, "An effect is at most +3")
    .refine((e) => e !== 0, "An effect of 0 is no link"),
});

const assumption = addAssumptionInput.omit({ initiativeId: true }).extend({ createdAt: epochMs.optional() });

const result = recordResultInput
  .omit({ initiativeId: true, periodId: true, version: true })
  .extend({ periodRef: ref, createdAt: epochMs.optional() });

const initiative = createInitiativeInput.omit({ ownerId: true }).extend({
  ref,
  owner: personRef,
  createdBy: personRef,
  decisionReason: z.string().max(2_000).nullable().default(null),
  effects: list(effect, MAX_EFFECTS, "effects per initiative"),
  dependsOn: list(ref, MAX_DEPENDENCIES, "prerequisites per initiative"),
  assumptions: list(assumption, 1_000, "assumptions per initiative"),
  results: list(result, MAX_PERIODS, "results per initiative"),
  createdAt: epochMs.optional(),
});

const comment = createCommentInput.omit({ entityId: true }).extend({
  entityRef: ref,
  author: personRef,
  createdAt: epochMs.optional(),
});

export const workspaceFileSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT, { message: `This is not a Triple Crown workspace file (format must be "${WORKSPACE_FORMAT}")` }),
  version: z.literal(WORKSPACE_FORMAT_VERSION, {
    message: `This file is of a format version this installation cannot read (it reads version ${WORKSPACE_FORMAT_VERSION})`,
  }),
  exportedAt: z.string().max(40).optional(),
  workspace: z.object({
    name: workspaceNameSchema,
    currency: z
      .string()
      .trim()
      .regex(/^[A-Z]{3}$/, "Use a three-letter currency code, like EUR or USD")
      .default("EUR"),
    members: list(member, 5_000, "members"),
    categories: list(category, 1_000, "categories"),
    canvases: list(canvas, 5_000, "canvases"),
    moments: list(moment, 200_000, "moments of truth"),
    measures: list(measure, 50_000, "measures"),
    periods: list(period, MAX_PERIODS, "periods"),
    scoringModels: list(scoringModel, 10_000, "scoring model versions"),
    initiatives: list(initiative, 100_000, "initiatives"),
    comments: list(comment, 200_000, "comments"),
  }),
});
export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;
