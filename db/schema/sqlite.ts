export * from "./users";
export * from "./workspaces";
export * from "./audit";
export * from "./customers";
export * from "./planning";
export * from "./initiatives";
export * from "./share";
export * from "./requests";
