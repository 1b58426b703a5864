import { renderMail, type RenderedMail } from "../layout";

export function emailVerificationMail(input: { name: string; link: string }): RenderedMail {
  return renderMail("Confirm your email for Triple Crown", {
    greeting: `Hello ${input.name},`,
    paragraphs: [
      "Please confirm that this is your email address, so that password resets and invitations reach you.",
      "The link works for 7 days. Your account works already; this only confirms the address.",
    ],
    action: { label: "Confirm my email", url: input.link },
    footer: ["If you did not create a Triple Crown account, ignore this message."],
  });
}
