import { renderMail, type RenderedMail } from "../layout";

/** "rejected" is a proposal turned down; "cancelled" is approved or running work stopped by the same decision. */
export type DecisionOutcome = "approved" | "rejected" | "cancelled";

export function decisionMadeMail(input: {
  workspaceName: string;
  title: string;
  outcome: DecisionOutcome;
  deciderName: string;
  reason: string | null;
  link: string;
}): RenderedMail {
  const reason = input.reason?.trim() ? `Reason given: ${input.reason.trim()}` : "No reason was given.";
  return renderMail(`"${input.title}" was ${input.outcome}`, {
    greeting: "Hello,",
    paragraphs: [`${input.deciderName} ${input.outcome} "${input.title}" in ${input.workspaceName}.`, reason],
    action: { label: "Open the initiative", url: input.link },
    footer: [`You receive this because you own this initiative in ${input.workspaceName}.`],
  });
}
