/** The chart and the placeholder that holds its place share one height, so nothing moves when it is drawn. */
export const HOT_SPOT_CHART_HEIGHT = "h-72 sm:h-80";
