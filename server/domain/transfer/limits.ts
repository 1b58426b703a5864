/**
 * The import limits, in a module with no imports so the browser can check a
 * file before uploading it. 5 MB and 10,000 rows hold any real spreadsheet of
 * initiatives or moments; a bigger file is most likely the wrong one.
 */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 10_000;
/** A workspace file: 50 MB holds tens of thousands of initiatives with their history. */
export const MAX_WORKSPACE_FILE_BYTES = 50 * 1024 * 1024;
