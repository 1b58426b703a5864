import { renderMail, type RenderedMail } from "../layout";

export function passwordResetMail(input: { name: string; link: string }): RenderedMail {
  return renderMail("Reset your Triple Crown password", {
    greeting: `Hello ${input.name},`,
    paragraphs: [
      "Someone (we hope you) asked to reset the password of your Triple Crown account.",
      "The link works once and for one hour. Setting a new password signs your account out on every device.",
    ],
    action: { label: "Choose a new password", url: input.link },
    footer: ["If you did not ask for this, ignore this message: your password stays as it is."],
  });
}
