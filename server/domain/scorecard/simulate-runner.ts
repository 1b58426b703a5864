import type { PortfolioInput, SimulationOptions, UncertaintyRow } from "@/server/scoring";
import { SIMULATION_TIMEOUT_MS, workerPools } from "@/server/workers/pools";

export { MAX_QUEUED_SIMULATIONS, SIMULATION_TIMEOUT_MS, SimulationTimeoutError } from "@/server/workers/pools";

/**
 * Runs simulatePortfolio in the simulations worker thread (decision 004);
 * rejects with ScoringInputError, a timeout or busy (TOO_MANY_REQUESTS).
 */
export function simulateOffThread(
  input: PortfolioInput,
  options: SimulationOptions,
  timeoutMs = SIMULATION_TIMEOUT_MS,
  workspaceId?: string,
): Promise<UncertaintyRow[]> {
  return workerPools().simulations.run("simulate", { input, options }, timeoutMs, workspaceId);
}
