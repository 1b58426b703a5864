const ACTIONS: Record<string, string> = {
  create: "Created",
  delete: "Deleted",
  set_effects: "Changed the moments it affects",
  set_dependencies: "Changed its prerequisites",
  set_measure_links: "Changed the measures it should move",
  update_progress: "Updated status or progress",
  approve: "Approved",
  reject: "Rejected",
  reorder_moments: "Reordered the moments of truth",
  add_actual: "Recorded a value",
};

const FIELD_LABELS: Record<string, string> = {
  costLow: "cost reduction (low)",
  costLikely: "cost reduction (likely)",
  costHigh: "cost reduction (high)",
  revenueLow: "revenue growth (low)",
  revenueLikely: "revenue growth (likely)",
  revenueHigh: "revenue growth (high)",
  ownerId: "owner",
  durationPeriods: "duration",
  outcomeStatement: "outcome statement",
  painPoints: "pain points",
  startPeriod: "start period",
  pinnedPeriod: "pinned period",
  decisionReason: "decision reason",
};

const IGNORED = new Set(["updatedAt", "version", "updatedBy", "createdAt"]);

function humanise(key: string) {
  return FIELD_LABELS[key] ?? key.replace(/([A-Z])/g, " $1").toLowerCase();
}

/** "Changed title, problem and cost reduction (likely)": what an audit row did, in words. */
export function describeChange(action: string, before: unknown, after: unknown): string {
  if (action !== "update") {
    const reason = action === "approve" || action === "reject" ? (after as { reason?: string } | null)?.reason : undefined;
    return `${ACTIONS[action] ?? action.replace(/_/g, " ")}${reason ? `: “${reason}”` : ""}`;
  }
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const changed = Object.keys(a).filter((k) => !IGNORED.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  if (changed.length === 0) return "Saved without changes";
  const names = changed.map(humanise);
  const last = names.pop()!;
  return `Changed ${names.length ? `${names.join(", ")} and ${last}` : last}`;
}
