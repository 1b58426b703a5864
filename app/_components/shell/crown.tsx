/** The triple crown mark: three points for experience, cost and revenue. */
export function Crown({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden className={className}>
      <path d="M3 7.5 7.5 11 12 4l4.5 7L21 7.5 19.5 18h-15L3 7.5Z" />
      <rect x="4.5" y="19" width="15" height="2" rx="0.5" />
    </svg>
  );
}
