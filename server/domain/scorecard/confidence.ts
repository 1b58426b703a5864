import type { ConfidenceChoice, PortfolioInput } from "@/server/scoring";
import { engineModelOf, type StoredModel } from "../scoringModel/queries";
import type { InitiativeDisplay, LoadedPortfolio } from "./portfolio";

/**
 * The confidence an initiative scores with under a model that may ask for
 * evidence or not (docs/scoring.md §10.4): the same rule as chooseConfidence,
 * read off what loadPortfolio kept of the initiative's assumptions.
 */
export function confidenceUnder(d: InitiativeDisplay, fromEvidence: boolean): ConfidenceChoice {
  return fromEvidence && d.evidence.confidence !== null
    ? { confidence: d.evidence.confidence, source: "evidence", assumptions: d.evidence.assumptions }
    : { confidence: d.handConfidence, source: "hand", assumptions: 0 };
}

/**
 * The workspace's engine input scored with another model (a scenario's
 * version, a draft on the settings page): the model's fields, and each
 * initiative's confidence chosen again when the evidence option differs.
 */
export function inputUnderModel(
  loaded: LoadedPortfolio,
  model: Pick<StoredModel, "confidenceFromEvidence"> & Parameters<typeof engineModelOf>[0],
): PortfolioInput {
  return { ...withConfidenceFrom(loaded, model.confidenceFromEvidence), model: engineModelOf(model) };
}

/** The engine input with each confidence chosen for `fromEvidence` (the same input when the loaded model already did). */
export function withConfidenceFrom(loaded: LoadedPortfolio, fromEvidence: boolean): PortfolioInput {
  if (fromEvidence === loaded.model.confidenceFromEvidence) return loaded.input;
  return {
    ...loaded.input,
    initiatives: loaded.input.initiatives.map((i) => ({
      ...i,
      confidence: confidenceUnder(loaded.display.get(i.id)!, fromEvidence).confidence,
    })),
  };
}
