/** Rows per page of the ranked scorecard; the overview's server render asks for the same first page. */
export const SCORECARD_PAGE_SIZE = 50;
