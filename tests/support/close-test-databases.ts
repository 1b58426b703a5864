import { afterAll } from "vitest";
import { closeTestDatabases } from "../helpers/db";

// Open connection pools would keep the test process alive after its last test.
afterAll(closeTestDatabases);
