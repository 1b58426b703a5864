import { procedureTable } from "../shared/procedure";
import {
  createWebhook,
  deleteWebhook,
  pauseWebhook,
  redeliver,
  resumeWebhook,
  rotateWebhookSecret,
  sendTestEvent,
  updateWebhook,
} from "./commands";
import { webhookPermissions } from "./permissions";
import { listDeliveries, listWebhooks } from "./queries";
import { createWebhookInput, deliveryIdInput, listDeliveriesInput, updateWebhookInput, webhookIdInput } from "./schemas";

export * from "./commands";
export * from "./delivery";
export * from "./emit";
export * from "./queries";
export * from "./schemas";
export { webhookPermissions };

export const webhookProcedures = procedureTable(webhookPermissions, {
  list: (p) => p.query(listWebhooks),
  create: (p) => p.create(createWebhookInput, createWebhook),
  update: (p) => p.mutation(updateWebhookInput, updateWebhook),
  rotateSecret: (p) => p.mutation(webhookIdInput, rotateWebhookSecret),
  pause: (p) => p.mutation(webhookIdInput, pauseWebhook),
  resume: (p) => p.mutation(webhookIdInput, resumeWebhook),
  delete: (p) => p.mutation(webhookIdInput, deleteWebhook),
  sendTest: (p) => p.mutation(webhookIdInput, sendTestEvent),
  deliveries: (p) => p.query(listDeliveriesInput, listDeliveries),
  redeliver: (p) => p.mutation(deliveryIdInput, redeliver),
});
