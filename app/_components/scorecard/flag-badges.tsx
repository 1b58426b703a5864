import { Badge } from "../ui/card";

/** The two warnings of docs/scoring.md §3: a cost cut that hurts customers, and work tied to no customer outcome. */
export function FlagBadges({ flags }: { flags: { harmsExperience: boolean; notLinkedToOutcome: boolean } }) {
  if (!flags.harmsExperience && !flags.notLinkedToOutcome) return <span className="sr-only">No flags</span>;
  return (
    <span className="flex max-w-32 flex-col items-start gap-1">
      {flags.harmsExperience ? <Badge tone="red">Harms experience</Badge> : null}
      {flags.notLinkedToOutcome ? <Badge tone="amber">Not linked to an outcome</Badge> : null}
    </span>
  );
}
