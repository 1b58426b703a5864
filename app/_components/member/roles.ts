export const ROLE_OPTIONS = [
  { value: "admin", label: "Admin", text: "members, scoring model, periods, import and export" },
  { value: "executive", label: "Executive", text: "reviews the scorecard, approves or rejects, comments" },
  { value: "editor", label: "Editor", text: "process owner: categories, canvases, initiatives" },
  { value: "tracker", label: "Tracker", text: "team: status, progress and realised results" },
  { value: "viewer", label: "Viewer", text: "reads everything, changes nothing" },
] as const;
