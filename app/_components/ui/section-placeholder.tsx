/**
 * What a section below a phone's first screen shows until it reaches the screen (LiveWhenShown's placeholder): its
 * heading, and room for its content. The room is an estimate: the section is filled in as its top edge comes onto
 * the screen, so a difference in height moves only what is still below the screen.
 */
export function SectionPlaceholder({ title, height }: { title?: string; height: number }) {
  return (
    <>
      {title ? <h2 className="text-lg font-semibold text-slate-900">{title}</h2> : null}
      <div aria-hidden style={{ minHeight: `${Math.round(height)}px` }} />
    </>
  );
}
