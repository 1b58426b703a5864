import { contactCentreInitiatives } from "./initiatives-contact-centre";
import { digitalInitiatives } from "./initiatives-digital";
import { financeInitiatives } from "./initiatives-finance";
import { partsInitiatives } from "./initiatives-parts";
import { serviceInitiatives } from "./initiatives-service";
import type { DemoInitiative } from "./types";

/** 25 initiatives, five per department. */
export const DEMO_INITIATIVES: DemoInitiative[] = [
  ...serviceInitiatives,
  ...digitalInitiatives,
  ...contactCentreInitiatives,
  ...partsInitiatives,
  ...financeInitiatives,
];
