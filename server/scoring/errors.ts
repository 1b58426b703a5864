// One typed error for every invalid input, so routers can map it to a 400 and
// the UI can point at the offending rows (ids) and fields (path).

export interface ScoringIssue {
  /** Field path, e.g. "initiatives.costReduction" or "model.weights". */
  path: string;
  /** Ids of the offending rows (initiatives, moments, categories, periods). */
  ids: string[];
  message: string;
}

/** How many issue messages the error's own message repeats; all stay in `issues`. */
const MESSAGE_ISSUES = 5;

export class ScoringInputError extends Error {
  override readonly name = "ScoringInputError";
  readonly issues: ScoringIssue[];

  constructor(issues: ScoringIssue[]) {
    const shown = issues.slice(0, MESSAGE_ISSUES).map((i) => i.message);
    const more = issues.length > MESSAGE_ISSUES ? ` (and ${issues.length - MESSAGE_ISSUES} more)` : "";
    super(`Invalid scoring input: ${shown.join("; ")}${more}`);
    this.issues = issues;
  }
}
