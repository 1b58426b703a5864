/**
 * Every message's two parts from one description, so the plain text and the
 * HTML always say the same: a greeting, paragraphs, at most one button (its
 * link also written out in full, for mail readers that show no buttons),
 * optional lists, and a footer.
 */
export type MailBody = {
  greeting?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Titled lists of lines (the digest's sections). */
  sections?: { title: string; lines: string[] }[];
  after?: string[];
  footer?: string[];
};

export type RenderedMail = { subject: string; text: string; html: string };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function textPart(body: MailBody): string {
  const blocks: string[] = [];
  if (body.greeting) blocks.push(body.greeting);
  blocks.push(...body.paragraphs);
  if (body.action) blocks.push(`${body.action.label}:\n${body.action.url}`);
  for (const s of body.sections ?? []) blocks.push([s.title, ...s.lines.map((l) => `- ${l}`)].join("\n"));
  blocks.push(...(body.after ?? []));
  if (body.footer?.length) blocks.push(["--", ...body.footer].join("\n"));
  return `${blocks.join("\n\n")}\n`;
}

const P = 'style="margin:0 0 16px;font:15px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;color:#0f172a"';
const SMALL = 'style="margin:0 0 8px;font:12px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;color:#64748b"';

function htmlPart(subject: string, body: MailBody): string {
  const parts: string[] = [];
  if (body.greeting) parts.push(`<p ${P}>${escapeHtml(body.greeting)}</p>`);
  for (const p of body.paragraphs) parts.push(`<p ${P}>${escapeHtml(p)}</p>`);
  if (body.action) {
    const url = escapeHtml(body.action.url);
    parts.push(
      `<p ${P}><a href="${url}" style="display:inline-block;padding:10px 18px;border-radius:6px;background:#4338ca;color:#ffffff;text-decoration:none;font-weight:600">${escapeHtml(body.action.label)}</a></p>`,
      `<p ${SMALL}>Or open this link: <a href="${url}" style="color:#4338ca">${url}</a></p>`,
    );
  }
  for (const s of body.sections ?? []) {
    parts.push(`<h2 style="margin:24px 0 8px;font:600 15px/1.4 system-ui,sans-serif;color:#0f172a">${escapeHtml(s.title)}</h2>`);
    parts.push(
      `<ul style="margin:0 0 16px;padding-left:20px;font:14px/1.5 system-ui,sans-serif;color:#0f172a">${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`,
    );
  }
  for (const p of body.after ?? []) parts.push(`<p ${P}>${escapeHtml(p)}</p>`);
  const footer = (body.footer ?? []).map((f) => `<p ${SMALL}>${escapeHtml(f)}</p>`).join("");
  return [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f8fafc">',
    '<div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;border-radius:8px;border:1px solid #e2e8f0">',
    '<p style="margin:0 0 20px;font:600 16px/1.4 system-ui,sans-serif;color:#0f172a">Triple Crown</p>',
    ...parts,
    footer ? `<hr style="border:0;border-top:1px solid #e2e8f0;margin:24px 0 12px">${footer}` : "",
    "</div></body></html>",
  ].join("\n");
}

export function renderMail(subject: string, body: MailBody): RenderedMail {
  return { subject, text: textPart(body), html: htmlPart(subject, body) };
}
