/**
 * Calls in one batched request. The client's batch link sends at most this
 * many and the server refuses more: an unbounded batch let one GET carry
 * 1,000 calls (150 workspace exports in one request stalled the server for
 * 1.6 s). Pure, so the browser bundle can import it.
 */
export const MAX_BATCH_SIZE = 20;
