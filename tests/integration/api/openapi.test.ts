import { compileErrors, validate } from "@readme/openapi-parser";
import { beforeEach, afterEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { resetClock, setClock } from "@/server/domain/shared/clock";
import { createTestDb } from "../../helpers/db";
import { makeActual, makeLinkedInitiative, makeMeasure } from "../../helpers/customer-factories";
import { insertMoments, insertPeriods } from "../../helpers/initiative-factories";
import { schemaErrors } from "./json-schema-check";
import { GET as referencePage } from "@/app/api/docs/route";
import { api, ROUTE_TEMPLATES, serveFrom, teamWithTokens } from "./support";

let db: Db;
beforeEach(async () => {
  db = await createTestDb();
  serveFrom(db);
  setClock(() => "2026-08-15");
});
afterEach(() => resetClock());

type Json = Record<string, unknown>;
type OperationObject = {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: unknown;
  responses: Record<string, { content?: { "application/json": { schema: Json } } }>;
};

async function documentFromRoute(): Promise<Json> {
  const answer = await api("GET", "/openapi.json");
  expect(answer.status).toBe(200);
  return answer.body as Json;
}

/** A workspace with a row of every kind, so every operation has something to answer. */
async function seed() {
  const team = await teamWithTokens(db);
  const ws = team.workspaceId;
  const periods = await insertPeriods(db, ws, ["2026-07-01", "2026-10-01", "2027-01-01"], 10);
  const { category, canvas, moments } = await insertMoments(db, ws, {
    categoryName: "Time is money",
    moments: [
      { name: "Booking", importance: 5, performance: 2 },
      { name: "Collection", importance: 4, performance: 3 },
    ],
  });
  const measure = await makeMeasure(db, ws, canvas.id, { name: "Same-day return rate", baseline: 60, target: 80, unit: "%" });
  await makeActual(db, ws, measure.id, { date: "2026-08-01", value: 64 });
  const first = await makeLinkedInitiative(db, ws, [{ momentId: moments[0]!.id, effect: 3 }], {
    title: "Online booking",
    costLow: 10_000,
    costLikely: 20_000,
    costHigh: 30_000,
    effort: 4,
  });
  await makeLinkedInitiative(db, ws, [{ momentId: moments[1]!.id, effect: 2 }], { title: "Key drop box", effort: 2 });
  const { token } = await team.makeToken("read_write");
  return {
    token,
    ids: {
      initiatives: first.id,
      categories: category.id,
      canvases: canvas.id,
      moments: moments[0]!.id,
      measures: measure.id,
      periods: periods[0]!.id,
    },
    canvasId: canvas.id,
  };
}

const BODIES: Record<string, (version: number) => unknown> = {
  createInitiative: () => ({ title: "Walked through the document", effort: 2 }),
  updateInitiative: (version) => ({ version, title: "Online booking, renamed by the walk" }),
};

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 (checked by @readme/openapi-parser)", async () => {
    const doc = await documentFromRoute();
    expect(doc.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("documents exactly the methods each route file answers", async () => {
    const doc = await documentFromRoute();
    const paths = doc.paths as Record<string, Record<string, unknown>>;
    const routePaths = ROUTE_TEMPLATES.filter((p) => p !== "/openapi.json");
    expect(Object.keys(paths).sort()).toEqual(routePaths.sort());
    for (const path of routePaths) {
      for (const method of ["GET", "POST", "PATCH", "PUT", "DELETE"]) {
        const answer = await api(method, path.replace("{id}", "x"));
        // 405 only where the document has no such operation; every documented one asks for a token first.
        expect(answer.status, `${method} ${path}`).toBe(paths[path]![method.toLowerCase()] ? 401 : 405);
      }
    }
  });

  it("every operation in it answers as documented: the success status and a body matching its schema", async () => {
    const { token, ids, canvasId } = await seed();
    const doc = await documentFromRoute();
    const paths = (doc as unknown as { paths: Record<string, Record<string, OperationObject>> }).paths;
    const walked: string[] = [];
    let version = 1;
    for (const [path, methods] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const collection = path.split("/")[1] as keyof typeof ids;
        const concrete = path.replace("{id}", ids[collection]);
        const required = (op.parameters ?? []).filter((p) => p.in === "query" && p.required).map((p) => p.name);
        const query = required.map((name) => {
          if (name !== "canvasId") throw new Error(`No sample for the required parameter ${name}`);
          return `canvasId=${canvasId}`;
        });
        const sample = BODIES[op.operationId];
        if (op.requestBody && !sample) throw new Error(`No sample body for ${op.operationId}`);
        const answer = await api(method.toUpperCase(), concrete + (query.length ? `?${query.join("&")}` : ""), {
          token,
          body: op.requestBody ? sample!(version) : undefined,
        });
        const success = Object.keys(op.responses).filter((s) => s.startsWith("2"));
        expect(success, op.operationId).toHaveLength(1);
        expect(answer.status, `${op.operationId}: ${JSON.stringify(answer.body)}`).toBe(Number(success[0]));
        const schema = op.responses[success[0]!]!.content!["application/json"].schema;
        expect(schemaErrors(schema, answer.body, doc), op.operationId).toEqual([]);
        const data = (answer.body as { data: unknown }).data;
        // An empty answer would match any list schema: each list here must carry rows.
        if (Array.isArray(data)) expect(data.length, op.operationId).toBeGreaterThan(0);
        if (op.operationId === "updateInitiative") version++;
        walked.push(op.operationId);
      }
    }
    expect(walked.sort()).toEqual(
      [
        "createInitiative",
        "getCanvas",
        "getCategory",
        "getInitiative",
        "getMeasure",
        "getMoment",
        "getPeriod",
        "getRoadmap",
        "listCanvases",
        "listCategories",
        "listInitiatives",
        "listMeasures",
        "listMoments",
        "listPeriods",
        "listScorecard",
        "updateInitiative",
      ].sort(),
    );
  });

  it("documents the error answers the API gives", async () => {
    const doc = await documentFromRoute();
    const op = (doc as unknown as { paths: Record<string, Record<string, OperationObject>> }).paths["/categories"]!.get!;
    const answer = await api("GET", "/categories");
    expect(answer.status).toBe(401);
    const schema = op.responses["401"]!.content!["application/json"].schema;
    expect(schemaErrors(schema, answer.body, doc)).toEqual([]);
    // The checker itself can fail: a made-up code and a missing message are both reported.
    expect(schemaErrors(schema, { error: { code: "nope" } }, doc)).toEqual([
      "$.error.message: missing",
      '$.error.code: "nope" is not one of ["bad_request","unauthorized","forbidden","not_found","method_not_allowed","conflict","invalid","too_many_requests","internal","unavailable"]',
    ]);
  });

  it("has a readable reference page listing every operation and schema, without any script", async () => {
    const doc = await documentFromRoute();
    const response = referencePage();
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).not.toContain("<script");
    for (const methods of Object.values(doc.paths as Record<string, Record<string, OperationObject>>)) {
      for (const op of Object.values(methods)) expect(html).toContain(`id="${op.operationId}"`);
    }
    for (const name of Object.keys((doc.components as { schemas: Json }).schemas)) expect(html).toContain(`id="schema-${name}"`);
    expect(html).toContain("<code>/api/v1/initiatives/{id}</code> — Update an initiative");
  });
});
