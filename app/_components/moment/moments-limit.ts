/** Moments one canvas lists; the canvas page's server render asks for the same list. */
export const MOMENTS_LIMIT = 200;
