/** How long a share link may work, in days (also read by the browser, so no imports here). */
export const MIN_SHARE_DAYS = 1;
export const MAX_SHARE_DAYS = 90;
