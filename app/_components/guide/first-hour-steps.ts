import type { OnboardingStep } from "@/server/domain/workspace/onboarding";

/** The first hour's steps in the method's order: what to do, why, and where (a path inside the workspace). */
export const FIRST_HOUR_STEPS: Record<OnboardingStep, { title: string; text: string; path: string; go: string }> = {
  category: {
    title: "Describe a need-based customer category",
    text: "Group customers by what they need, not by who they are.",
    path: "categories",
    go: "Go to Categories",
  },
  outcome: {
    title: "Write its outcome in the customer's words",
    text: "On the category's canvas: what a good result is, as the customer would say it.",
    path: "canvases",
    go: "Go to Canvases",
  },
  moments: {
    title: "Add the moments of truth",
    text: "The interactions that make or break that outcome, each rated for importance and performance.",
    path: "canvases",
    go: "Go to Canvases",
  },
  hotSpot: {
    title: "Mark a hot spot",
    text: "A moment that matters a lot (importance 4 or 5) and goes badly today (performance 1 or 2).",
    path: "canvases",
    go: "Go to Canvases",
  },
  initiative: {
    title: "Propose an initiative that improves a hot spot",
    text: "Link it to the hot spot with a positive effect.",
    path: "initiatives",
    go: "Go to Initiatives",
  },
  scored: {
    title: "See it scored",
    text: "Give it a likely cost reduction or revenue growth: it is ranked on all three crowns here.",
    path: "initiatives",
    go: "Go to Initiatives",
  },
  plan: {
    title: "Plan it",
    text: "Add a period with the capacity to take it; the roadmap places it.",
    path: "settings/periods",
    go: "Go to Periods",
  },
};
