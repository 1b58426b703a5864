import type { DemoComment } from "./types";

export const DEMO_COMMENTS: DemoComment[] = [
  {
    on: { initiative: "status-chatbot" },
    by: "executive",
    body: "This saves money by making our worst moment of truth worse for our most valuable customers. Not while status updates are a hot spot.",
  },
  {
    on: { initiative: "live-tracker" },
    by: "editor",
    body: "Needs the job status feed first; I have linked it as a dependency.",
  },
  {
    on: { initiative: "video-health-check" },
    by: "executive",
    body: "Good early numbers. I want the approval rate from the pilot branches at the next review.",
  },
  {
    on: { canvasOf: "time" },
    by: "tracker",
    body: "Counted in January: 41% of inbound calls were customers asking whether their car was ready.",
  },
  {
    on: { canvasOf: "peace" },
    by: "editor",
    body: "Return visits went the wrong way last quarter. Workshop leads think it is the new diagnostics team; checking before we change the canvas.",
  },
];
