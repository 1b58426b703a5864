// The tables of the active dialect (SQLite until the PostgreSQL switch lands).
export * from "./sqlite";
