import { z } from "zod";
import { ROLES } from "@/db/schema/values";
import { canvasCodec } from "../canvas/codec";
import { categoryCodec } from "../category/codec";
import { commentCodec } from "../comment/codec";
import { decisionCodec } from "../decision/codec";
import { initiativeCodec } from "../initiative/codec";
import { measureCodec } from "../measure/codec";
import { momentCodec } from "../moment/codec";
import { MAX_PERIODS } from "../period/schemas";
import { periodCodec } from "../period/codec";
import { scenarioCodec } from "../scenario/codec";
import { scoringModelCodec } from "../scoringModel/codec";
import { email, list } from "../shared/codec";
import { workspaceNameSchema } from "../workspace/schemas";

/**
 * The workspace file (docs/workspace-format.md). Entities refer to each other
 * by `ref`, a name that only means something inside the file ("initiative-7"),
 * so a file carries no database ids and imports into any installation.
 * Each entity's part is its codec's schema (server/domain/<entity>/codec.ts),
 * built on the API's own input schema, so a file can hold nothing the API
 * would refuse.
 */
export const WORKSPACE_FORMAT = "triple-crown-workspace";
export const WORKSPACE_FORMAT_VERSION = 1;

const member = z.object({
  email,
  name: z.string().max(200),
  role: z.enum(ROLES, { message: `Choose one of: ${ROLES.join(", ")}` }),
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
    categories: list(categoryCodec.schema, 1_000, "categories"),
    canvases: list(canvasCodec.schema, 5_000, "canvases"),
    moments: list(momentCodec.schema, 200_000, "moments of truth"),
    measures: list(measureCodec.schema, 50_000, "measures"),
    periods: list(periodCodec.schema, MAX_PERIODS, "periods"),
    scoringModels: list(scoringModelCodec.schema, 10_000, "scoring model versions"),
    initiatives: list(initiativeCodec.schema, 100_000, "initiatives"),
    comments: list(commentCodec.schema, 200_000, "comments"),
    /** Added in version 1 without a new version number: a file from before has none and imports as before. */
    scenarios: list(scenarioCodec.schema, 10_000, "scenarios"),
    /** Added in version 1 without a new version number (issue 20): a file from before has no decision log. */
    decisions: list(decisionCodec.schema, 200_000, "decisions"),
  }),
});
export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;
