import { renderMail, type RenderedMail } from "../layout";

export function decisionRequestedMail(input: { workspaceName: string; title: string; proposerName: string; link: string }): RenderedMail {
  return renderMail(`Your decision is requested: ${input.title}`, {
    greeting: "Hello,",
    paragraphs: [
      `${input.proposerName} submitted "${input.title}" for approval in ${input.workspaceName}.`,
      "As an executive of the workspace you can approve it or reject it with a reason.",
    ],
    action: { label: "Review the initiative", url: input.link },
    footer: [`You receive this because you are an executive of ${input.workspaceName}.`],
  });
}
