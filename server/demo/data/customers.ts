import { carEnthusiasts } from "./car-enthusiasts";
import { peaceOfMind } from "./peace-of-mind";
import { priceSeekers } from "./price-seekers";
import { timeIsMoney } from "./time-is-money";
import type { DemoCategory } from "./types";

/** The four need-based categories, each with one SCO canvas. */
export const DEMO_CATEGORIES: DemoCategory[] = [timeIsMoney, peaceOfMind, priceSeekers, carEnthusiasts];
