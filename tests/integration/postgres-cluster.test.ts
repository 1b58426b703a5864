import { existsSync } from "node:fs";
import { connect } from "node:net";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, dropDatabase, startThrowawayPostgres, type ThrowawayPostgres } from "../support/postgres-cluster";

let cluster: ThrowawayPostgres | undefined;
afterAll(() => cluster?.stop());

/** Whether anything accepts a TCP connection on 127.0.0.1:port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("throw-away PostgreSQL cluster", () => {
  it("starts a server, serves a new database, and is gone after stop()", async () => {
    cluster = await startThrowawayPostgres();
    const name = 'cluster "test" db';
    const url = await createDatabase(cluster.adminUrl, name);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const version = await client.query<{ version: string }>("select version()");
      expect(version.rows[0]?.version).toMatch(/^PostgreSQL \d+/);
      const database = await client.query<{ name: string }>("select current_database() as name");
      expect(database.rows[0]?.name).toBe(name);

      await client.query("create table marks (id integer primary key, label text not null)");
      await client.query("insert into marks (id, label) values (1, 'one'), (2, 'two')");
      const rows = await client.query("select id, label from marks order by id");
      expect(rows.rows).toEqual([
        { id: 1, label: "one" },
        { id: 2, label: "two" },
      ]);
    } finally {
      await client.end();
    }
    await dropDatabase(cluster.adminUrl, name);

    if (process.env.TEST_DATABASE_URL) return; // someone else's server: nothing of ours to stop
    const { dir, port } = cluster;
    expect(existsSync(dir)).toBe(true);
    cluster.stop();
    expect(existsSync(dir)).toBe(false);
    expect(await accepts(port)).toBe(false);
  });
});
