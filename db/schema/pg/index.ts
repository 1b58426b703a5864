// TEMPORARY stub until the PostgreSQL tables land (branch pgschema).
export * from "../sqlite";
