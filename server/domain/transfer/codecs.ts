import { canvasCodec } from "../canvas/codec";
import { categoryCodec } from "../category/codec";
import { commentCodec } from "../comment/codec";
import { decisionCodec } from "../decision/codec";
import { initiativeCodec } from "../initiative/codec";
import { measureCodec } from "../measure/codec";
import { momentCodec } from "../moment/codec";
import { periodCodec } from "../period/codec";
import { scenarioCodec } from "../scenario/codec";
import { scoringModelCodec } from "../scoringModel/codec";
import type { AnyCodec } from "../shared/codec";

/**
 * The entities of the workspace file in the file's order, which is also the
 * order they are written in on import: an entity comes after every entity it
 * refers to (canvases after categories, initiatives after moments and periods,
 * comments after initiatives and canvases, scenarios after periods and
 * initiatives). A new entity in the file is a
 * codec in its own folder and one line here and in workspace-format.ts.
 */
export const FILE_CODECS: readonly AnyCodec[] = [
  categoryCodec,
  canvasCodec,
  momentCodec,
  measureCodec,
  periodCodec,
  scoringModelCodec,
  initiativeCodec,
  commentCodec,
  decisionCodec,
  scenarioCodec,
];
