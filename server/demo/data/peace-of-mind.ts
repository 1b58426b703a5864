import type { DemoCategory } from "./types";

export const peaceOfMind: DemoCategory = {
  key: "peace",
  name: "Peace of mind",
  need: "Needs to trust that the car is safe and that only the necessary work is done, explained in plain words.",
  jobToBeDone: "Keep my family's car safe without being taken advantage of.",
  description:
    "Drivers who know little about cars and fear being upsold. They value a clear explanation and reassurance over speed or the lowest price.",
  digitalSavviness: "low",
  size: 30_000,
  weight: 2,
  canvas: {
    title: "I trust what you tell me about my car",
    outcomeStatement:
      "I understand what is wrong with my car, I agree to the work before you do it, and I drive away sure it is safe.",
    context:
      "Often an unplanned visit: a warning light, a noise, a breakdown. The customer is worried and cannot judge the diagnosis themselves.",
    expectations:
      "Someone explains the problem in words I understand, shows me if they can, tells me what is urgent and what can wait, and never does extra work I did not agree to.",
    painPoints:
      "A phone call full of jargon asking me to approve a big extra bill on the spot. Not knowing whether the extra work was really needed. Coming back a month later with the same fault.",
    notes: "Return visits for the same fault rose in the last quarter; under review with the workshop leads.",
    status: "agreed",
    moments: [
      {
        key: "p-diagnosis",
        name: "Hearing what is wrong and why",
        stage: "Diagnose",
        journeyType: "service-unplanned",
        channel: "Phone",
        importance: 5,
        performance: 2,
        volumePerYear: 30_000,
        costPerInteraction: 12,
      },
      {
        key: "p-approve",
        name: "Agreeing to extra work",
        stage: "Approve",
        journeyType: "service-unplanned",
        channel: "Phone",
        importance: 4,
        performance: 2,
        volumePerYear: 18_000,
        costPerInteraction: 8,
      },
      {
        key: "p-breakdown",
        name: "Getting help after a breakdown",
        stage: "Breakdown",
        journeyType: "service-unplanned",
        channel: "Roadside",
        importance: 5,
        performance: 4,
        volumePerYear: 6_000,
        costPerInteraction: 85,
      },
      {
        key: "p-invoice",
        name: "Understanding the invoice",
        stage: "Pay",
        journeyType: "service-planned",
        channel: "Branch desk",
        importance: 3,
        performance: 3,
        volumePerYear: 30_000,
        costPerInteraction: 3,
      },
    ],
    measures: [
      {
        name: "Customers who understood the work before agreeing to it",
        kind: "outcome",
        unit: "%",
        direction: "higher_is_better",
        baseline: 55,
        target: 90,
        actuals: [
          { date: "2026-03-31", value: 58, by: "tracker" },
          { date: "2026-06-30", value: 66, note: "Video health check live in the pilot branches", by: "tracker" },
        ],
      },
      {
        name: "Return visits for the same fault within 30 days",
        kind: "outcome",
        unit: "%",
        direction: "lower_is_better",
        baseline: 6.5,
        target: 2,
        actuals: [
          { date: "2026-03-31", value: 6.1, by: "tracker" },
          { date: "2026-06-30", value: 7.0, note: "Went the wrong way: new technicians on diagnostics", by: "tracker" },
        ],
      },
    ],
  },
};
