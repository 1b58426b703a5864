import { renderMail, type RenderedMail } from "../layout";

export function webhookPausedMail(input: { workspaceName: string; url: string; failures: number; link: string }): RenderedMail {
  return renderMail(`A webhook was paused after ${input.failures} failed deliveries`, {
    greeting: "Hello,",
    paragraphs: [
      `The webhook to ${input.url} in ${input.workspaceName} failed ${input.failures} deliveries in a row, so it is paused: no more events are sent to it.`,
      "Its deliveries list says what the receiver answered. Once the receiver works again, resume the webhook: the waiting deliveries are then sent.",
    ],
    action: { label: "Open the webhooks", url: input.link },
    footer: [`You receive this because you are an admin of ${input.workspaceName}.`],
  });
}
