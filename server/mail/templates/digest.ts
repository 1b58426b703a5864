import type { DigestContent } from "../digest/changes";
import { renderMail, type RenderedMail } from "../layout";

export function digestMail(input: {
  name: string;
  workspaceName: string;
  first: boolean;
  content: DigestContent;
  workspaceLink: string;
  unsubscribeLink: string;
}): RenderedMail {
  const { newInTop, statusChanges, slipped } = input.content;
  const sections = [
    { title: input.first ? "The top 10 now" : "New in the top 10", lines: newInTop },
    { title: "Status changes", lines: statusChanges.map((c) => `${c.title}: ${c.from} → ${c.to}`) },
    { title: "Slipped on the roadmap", lines: slipped },
  ].filter((s) => s.lines.length > 0);
  return renderMail(`Your week in ${input.workspaceName}`, {
    greeting: `Hello ${input.name},`,
    paragraphs: [
      sections.length > 0
        ? `Here is what changed in ${input.workspaceName} this week.`
        : `Nothing changed in ${input.workspaceName} this week.`,
    ],
    sections,
    action: { label: "Open the workspace", url: input.workspaceLink },
    footer: ["You receive this weekly digest because you turned it on.", `Stop these emails (no sign-in needed): ${input.unsubscribeLink}`],
  });
}
