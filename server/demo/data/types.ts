import type {
  ASSUMPTION_KINDS,
  ASSUMPTION_STATUSES,
  CANVAS_STATUSES,
  EVIDENCE_KINDS,
  DIGITAL_SAVVINESS,
  JOURNEY_TYPES,
  MEASURE_DIRECTIONS,
  MEASURE_KINDS,
  Role,
} from "@/db/schema";
import type { InitiativeStatus } from "@/server/scoring";

/** Demo people are named by their role; the admin is the demo sign-in. */
export type MemberKey = Role;

type DemoMoment = {
  key: string;
  name: string;
  stage: string;
  journeyType: (typeof JOURNEY_TYPES)[number];
  channel: string;
  importance: number;
  performance: number;
  volumePerYear: number;
  costPerInteraction: number;
};

type DemoMeasure = {
  name: string;
  kind: (typeof MEASURE_KINDS)[number];
  unit: string;
  direction: (typeof MEASURE_DIRECTIONS)[number];
  baseline: number | null;
  target: number | null;
  actuals: { date: string; value: number; note?: string; by: MemberKey }[];
};

export type DemoCategory = {
  key: string;
  name: string;
  need: string;
  jobToBeDone: string;
  description: string;
  digitalSavviness: (typeof DIGITAL_SAVVINESS)[number];
  size: number;
  weight: number;
  canvas: {
    title: string;
    outcomeStatement: string;
    context: string;
    expectations: string;
    painPoints: string;
    notes: string;
    status: (typeof CANVAS_STATUSES)[number];
    moments: DemoMoment[];
    measures: DemoMeasure[];
  };
};

/** low / likely / high, money per year. */
type Range = readonly [number, number, number];

export type DemoInitiative = {
  key: string;
  title: string;
  problem: string;
  department: string;
  owner: MemberKey;
  status: InitiativeStatus;
  cost: Range;
  revenue: Range;
  investment: number;
  /** Person-weeks. */
  effort: number;
  durationPeriods: number;
  confidence: 1 | 0.8 | 0.5;
  /** Period indexes of the demo's eight quarters, where DEMO_CURRENT_INDEX (2) is the quarter it is seeded in. */
  startPeriod?: number;
  pinnedPeriod?: number;
  progress?: number;
  decisionReason?: string;
  /** Moment key → effect −3..+3. */
  effects: Record<string, number>;
  /** Keys of prerequisite initiatives. */
  dependsOn?: string[];
  assumptions?: {
    kind: (typeof ASSUMPTION_KINDS)[number];
    text: string;
    status: (typeof ASSUMPTION_STATUSES)[number];
    critical?: boolean;
    /** What the status rests on; "opinion" when omitted. */
    evidence?: (typeof EVIDENCE_KINDS)[number];
  }[];
  /** Outcome measures it expects to move: measure name → expected change (in the measure's unit), by a period index. */
  measures?: { measure: string; expected: number; by?: number }[];
  /** Realised per period index. */
  results?: { period: number; cost: number; revenue: number; note: string }[];
};

export type DemoComment = {
  on: { initiative: string } | { canvasOf: string };
  by: MemberKey;
  body: string;
};
