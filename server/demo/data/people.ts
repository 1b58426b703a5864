import type { MemberKey } from "./types";

/** The four colleagues of the demo admin; all sign in with the install's demo password (data/demo-password.txt). */
export const DEMO_MEMBERS: { key: Exclude<MemberKey, "admin">; name: string; email: string }[] = [
  { key: "executive", name: "Evelyn Shaw", email: "exec@triplecrown.local" },
  { key: "editor", name: "Priya Patel", email: "editor@triplecrown.local" },
  { key: "tracker", name: "Tom Becker", email: "tracker@triplecrown.local" },
  { key: "viewer", name: "Victor Lang", email: "viewer@triplecrown.local" },
];

export const DEMO_ADMIN_NAME = "Dana Demo";
export const DEMO_WORKSPACE_NAME = "Northwind Car Care";
