import type { DemoCategory } from "./types";

export const timeIsMoney: DemoCategory = {
  key: "time",
  name: "Time is money",
  need: "Wants the car back fixed the same day, at the time we promised, without having to chase us.",
  jobToBeDone: "Keep my working day running while the car is being serviced.",
  description:
    "Commuters, tradespeople and small-fleet managers whose day is planned around the car. They book online, will pay for speed, and judge us by whether the promised time holds.",
  digitalSavviness: "high",
  size: 42_000,
  weight: 3,
  canvas: {
    title: "Back on the road the same day",
    outcomeStatement:
      "I drop the car off on my way to work and pick it up, fixed, at the time you promised — without having to ring you to find out where it is.",
    context:
      "A booked service or repair, usually on a weekday. The car is needed for work the next morning; a courtesy car only helps if it is waiting at the desk.",
    expectations:
      "A slot that fits my day. Drop-off in under five minutes. A firm collection time, and a text if anything changes — before I have to ask.",
    painPoints:
      "Queues at the desk at 8 am. Nobody tells me when the car will be ready, so I call and wait on hold. Collection slips to tomorrow because a part was not in stock.",
    notes: "About 40% of inbound calls are some form of “is my car ready yet?”.",
    status: "agreed",
    moments: [
      {
        key: "t-book",
        name: "Booking a slot that fits my day",
        stage: "Book",
        journeyType: "service-planned",
        channel: "Web & app",
        importance: 4,
        performance: 3,
        volumePerYear: 60_000,
        costPerInteraction: 4.5,
      },
      {
        key: "t-dropoff",
        name: "Dropping the car off at the desk",
        stage: "Drop-off",
        journeyType: "service-planned",
        channel: "Branch desk",
        importance: 4,
        performance: 2,
        volumePerYear: 55_000,
        costPerInteraction: 9,
      },
      {
        key: "t-status",
        name: "Knowing when the car will be ready",
        stage: "Wait",
        journeyType: "service-planned",
        channel: "Phone",
        importance: 5,
        performance: 1,
        volumePerYear: 38_000,
        costPerInteraction: 6.5,
      },
      {
        key: "t-collect",
        name: "Collecting the car at the promised time",
        stage: "Collect",
        journeyType: "service-planned",
        channel: "Branch desk",
        importance: 5,
        performance: 3,
        volumePerYear: 55_000,
        costPerInteraction: 5,
      },
    ],
    measures: [
      {
        name: "Cars ready by the promised time",
        kind: "outcome",
        unit: "%",
        direction: "higher_is_better",
        baseline: 72,
        target: 95,
        actuals: [
          { date: "2025-12-31", value: 73, by: "tracker" },
          { date: "2026-03-31", value: 76, by: "tracker" },
          { date: "2026-06-30", value: 80, note: "Ready-text pilot in two branches", by: "tracker" },
          { date: "2026-09-30", value: 83, by: "tracker" },
        ],
      },
      {
        name: "Customers who had to chase us for an update",
        kind: "outcome",
        unit: "%",
        direction: "lower_is_better",
        baseline: 38,
        target: 10,
        actuals: [
          { date: "2026-03-31", value: 35, by: "tracker" },
          { date: "2026-09-30", value: 27, by: "tracker" },
        ],
      },
      {
        name: "Calls handled per agent hour",
        kind: "output",
        unit: "calls/hour",
        direction: "higher_is_better",
        baseline: 9,
        target: 12,
        actuals: [
          { date: "2026-03-31", value: 10.2, by: "editor" },
          { date: "2026-09-30", value: 10.8, note: "Faster calls, same number of chasers", by: "editor" },
        ],
      },
    ],
  },
};
