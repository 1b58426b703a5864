import { z } from "zod";
import { idSchema } from "../shared/inputs";
import { WEBHOOK_EVENT_TYPES } from "./events";
import { webhookUrlProblem } from "./url-rule";

/** Hooks per workspace: more would mean one change fans out to too many receivers. */
export const MAX_WEBHOOKS = 20;
export const MAX_LISTED_DELIVERIES = 100;

export const WEBHOOK_LABELS = { url: "URL", events: "Events" } as const;

const urlField = z
  .string({ message: "Enter the URL that should receive the events." })
  .trim()
  .superRefine((text, check) => {
    const problem = webhookUrlProblem(text);
    if (problem) check.addIssue({ code: "custom", message: problem });
  });

const eventsField = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { message: "Choose events from the list." }), { message: "Choose at least one event." })
  .min(1, "Choose at least one event.")
  .max(WEBHOOK_EVENT_TYPES.length, "Choose each event once.")
  .refine((events) => new Set(events).size === events.length, "Choose each event once.");

export const createWebhookInput = z.object({ url: urlField, events: eventsField });
export type CreateWebhookInput = z.infer<typeof createWebhookInput>;

export const updateWebhookInput = z.object({ id: idSchema, url: urlField.optional(), events: eventsField.optional() });
export type UpdateWebhookInput = z.infer<typeof updateWebhookInput>;

export const webhookIdInput = z.object({ id: idSchema });
export const deliveryIdInput = z.object({ deliveryId: idSchema });

export const listDeliveriesInput = z.object({
  hookId: idSchema,
  limit: z.number().int().min(1).max(MAX_LISTED_DELIVERIES).default(20),
});
