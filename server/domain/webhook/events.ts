/**
 * The events a webhook can receive, with what each means in plain words.
 * Pure: the settings page lists them from here.
 */
export const WEBHOOK_EVENTS = [
  { type: "initiative.created", label: "Initiative created", text: "Someone proposed a new initiative." },
  { type: "initiative.updated", label: "Initiative updated", text: "An initiative's fields or progress changed." },
  { type: "initiative.status_changed", label: "Initiative status changed", text: "Any move of status, decisions included." },
  { type: "initiative.approved", label: "Initiative approved", text: "An executive approved a proposal." },
  { type: "initiative.rejected", label: "Initiative rejected", text: "An executive rejected, cancelled or stopped an initiative." },
  { type: "scorecard.changed", label: "Scorecard changed", text: "Something the scorecard is computed from changed." },
  { type: "roadmap.changed", label: "Roadmap changed", text: "Something the roadmap is planned from changed." },
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]["type"];
export const WEBHOOK_EVENT_TYPES = WEBHOOK_EVENTS.map((e) => e.type) as [WebhookEventType, ...WebhookEventType[]];

/** Sent by "Send test event" to one hook only, whatever it subscribes to. */
export const TEST_EVENT = "webhook.test";
