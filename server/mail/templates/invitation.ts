import { renderMail, type RenderedMail } from "../layout";

export function invitationMail(input: {
  inviterName: string;
  workspaceName: string;
  role: string;
  link: string;
  expiresOn: string;
}): RenderedMail {
  return renderMail(`${input.inviterName} invited you to ${input.workspaceName} on Triple Crown`, {
    greeting: "Hello,",
    paragraphs: [
      `${input.inviterName} invited you to join the workspace "${input.workspaceName}" on Triple Crown as ${input.role}.`,
      `The link works once, for this email address, until ${input.expiresOn}. If you have no account yet, you can create one on the way.`,
    ],
    action: { label: "Join the workspace", url: input.link },
    footer: ["If you did not expect this invitation, ignore this message: nothing happens unless the link is used."],
  });
}
