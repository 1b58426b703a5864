/**
 * What a section below a phone's first screen shows until it reaches the screen (LiveWhenShown's placeholder): its
 * heading, and room for its content. The room is an estimate: the section is filled in as its top edge comes onto
 * the screen, so a difference in height moves only what is still below the screen.
 *
 * A screen reader moving through the page reads the heading and a line saying the rest follows; moving onto that
 * line scrolls it onto the screen, which draws the section.
 */
export function SectionPlaceholder({ title, level = 2, height }: { title?: string; level?: 2 | 3; height: number }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <>
      {title ? (
        <Heading className={level === 2 ? "text-lg font-semibold text-slate-900" : "font-semibold text-slate-900"}>{title}</Heading>
      ) : null}
      <div style={{ minHeight: `${Math.round(height)}px` }}>
        <p className="sr-only">Shown when this part of the page is on the screen.</p>
      </div>
    </>
  );
}
