import { z } from "zod";
import { NotFoundError } from "@/server/domain/errors";
import { canvasProcedures, listCanvasesInput } from "@/server/domain/canvas";
import { categoryProcedures, listCategoriesInput } from "@/server/domain/category";
import { createInitiativeInput, initiativeProcedures, listInitiativesInput, updateInitiativeInput } from "@/server/domain/initiative";
import { listMeasuresInput, measureProcedures } from "@/server/domain/measure";
import { listMomentsInput, momentProcedures } from "@/server/domain/moment";
import { periodProcedures } from "@/server/domain/period";
import { scorecardProcedures, scorecardRowsInput } from "@/server/domain/scorecard";
import type { WorkspaceCtx } from "@/server/domain/shared/context";
import { idSchema } from "@/server/domain/shared/inputs";
import type { AnyProcedure } from "@/server/domain/shared/procedure";
import { decodeCursor, nextCursor, pageQuery, sliceWhole } from "./cursor";
import {
  canvasResource,
  categoryResource,
  initiativeDetailResource,
  initiativeResource,
  initiativeSummaryResource,
  measureResource,
  momentResource,
  periodResource,
  roadmapResource,
  scorecardRowResource,
} from "./resources";
import { roadmapPerPeriod } from "./roadmap";

/** What a handler gets from the request, validated against the operation's query and body schemas. */
export type RequestParts = { id?: string; query: Record<string, unknown>; body: unknown };
export type Answer = { data: unknown; nextCursor?: string | null };

/**
 * One operation of the API: its route, the schemas the OpenAPI document is
 * generated from and the request is validated with, the domain procedure it
 * calls (whose table entry names the permission action), and how the
 * domain's answer becomes the response.
 */
export type Operation = {
  operationId: string;
  method: "GET" | "POST" | "PATCH";
  /** OpenAPI form, under /api/v1: "/initiatives/{id}". */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** The procedure's path in the app ("initiative.list"): its labels name fields in messages. */
  procedurePath: string;
  procedure: AnyProcedure;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The schema of `data`; for a list, of each row. */
  response: z.ZodType;
  paged?: true;
  /** 201 for a create. */
  status?: 201;
  run(ctx: WorkspaceCtx, parts: RequestParts): Promise<Answer>;
};

/** Calls a domain procedure as the tRPC router does: its own input schema first, then its handler. */
export async function callProcedure(procedure: AnyProcedure, ctx: WorkspaceCtx, raw: unknown): Promise<unknown> {
  const input = procedure.input ? procedure.input.parse(raw) : undefined;
  return await procedure.handler(ctx, input);
}

/** The query of a paged list: the domain's own filters, with `limit` and `cursor` in place of its offset. */
function listQuery(domainInput: z.ZodObject) {
  return domainInput.omit({ limit: true, offset: true }).extend(pageQuery);
}

type Paged<T> = { items: T[]; total: number };

/** A list the domain pages itself (limit and offset): the cursor is its offset. */
function pagedList(procedure: AnyProcedure) {
  return async (ctx: WorkspaceCtx, { query }: RequestParts): Promise<Answer> => {
    const { limit, cursor, ...filters } = query as { limit: number; cursor?: string };
    const offset = decodeCursor(cursor);
    const page = (await callProcedure(procedure, ctx, { ...filters, limit, offset })) as Paged<unknown>;
    return { data: page.items, nextCursor: nextCursor(offset, page.items.length, page.total) };
  };
}

function getById(procedure: AnyProcedure) {
  return async (ctx: WorkspaceCtx, { id }: RequestParts): Promise<Answer> => ({ data: await callProcedure(procedure, ctx, { id }) });
}

const idParam = z.object({ id: idSchema });
/** Rows the scorecard's domain view gives per call; a larger API page is read in parts. */
const SCORECARD_VIEW_PAGE = 100;

export const OPERATIONS: readonly Operation[] = [
  {
    operationId: "listInitiatives",
    method: "GET",
    path: "/initiatives",
    tag: "Initiatives",
    summary: "List initiatives",
    description: "Filtered and sorted as in the app's initiative list; each row carries its score from the current scorecard.",
    procedurePath: "initiative.list",
    procedure: initiativeProcedures.list,
    query: listQuery(listInitiativesInput),
    response: initiativeSummaryResource,
    paged: true,
    run: pagedList(initiativeProcedures.list),
  },
  {
    operationId: "getInitiative",
    method: "GET",
    path: "/initiatives/{id}",
    tag: "Initiatives",
    summary: "Get an initiative",
    procedurePath: "initiative.get",
    procedure: initiativeProcedures.get,
    response: initiativeDetailResource,
    run: getById(initiativeProcedures.get),
  },
  {
    operationId: "createInitiative",
    method: "POST",
    path: "/initiatives",
    tag: "Initiatives",
    summary: "Create an initiative",
    description: "Needs a read_write token. Send an Idempotency-Key header to make a retry safe: the retry answers the first result.",
    procedurePath: "initiative.create",
    procedure: initiativeProcedures.create,
    body: createInitiativeInput,
    response: initiativeResource,
    status: 201,
    run: async (ctx, { body }) => ({ data: await callProcedure(initiativeProcedures.create, ctx, body) }),
  },
  {
    operationId: "updateInitiative",
    method: "PATCH",
    path: "/initiatives/{id}",
    tag: "Initiatives",
    summary: "Update an initiative",
    description:
      "Needs a read_write token. Send the version you read and only the fields to change; a field someone else changed since is a 409.",
    procedurePath: "initiative.update",
    procedure: initiativeProcedures.update,
    body: updateInitiativeInput.omit({ id: true }),
    response: initiativeResource,
    run: async (ctx, { id, body }) => ({
      data: await callProcedure(initiativeProcedures.update, ctx, { ...(body as object), id }),
    }),
  },
  {
    operationId: "listCategories",
    method: "GET",
    path: "/categories",
    tag: "Customers",
    summary: "List customer categories",
    procedurePath: "category.list",
    procedure: categoryProcedures.list,
    query: listQuery(listCategoriesInput),
    response: categoryResource,
    paged: true,
    run: pagedList(categoryProcedures.list),
  },
  {
    operationId: "getCategory",
    method: "GET",
    path: "/categories/{id}",
    tag: "Customers",
    summary: "Get a customer category",
    procedurePath: "category.get",
    procedure: categoryProcedures.get,
    response: categoryResource,
    run: getById(categoryProcedures.get),
  },
  {
    operationId: "listCanvases",
    method: "GET",
    path: "/canvases",
    tag: "Customers",
    summary: "List canvases",
    procedurePath: "canvas.list",
    procedure: canvasProcedures.list,
    query: listQuery(listCanvasesInput),
    response: canvasResource,
    paged: true,
    run: pagedList(canvasProcedures.list),
  },
  {
    operationId: "getCanvas",
    method: "GET",
    path: "/canvases/{id}",
    tag: "Customers",
    summary: "Get a canvas",
    procedurePath: "canvas.get",
    procedure: canvasProcedures.get,
    response: canvasResource,
    run: getById(canvasProcedures.get),
  },
  {
    operationId: "listMoments",
    method: "GET",
    path: "/moments",
    tag: "Customers",
    summary: "List moments of truth",
    description: "One canvas's moments in order (canvasId), or the whole workspace's.",
    procedurePath: "moment.list",
    procedure: momentProcedures.list,
    query: listQuery(listMomentsInput),
    response: momentResource,
    paged: true,
    run: pagedList(momentProcedures.list),
  },
  {
    operationId: "getMoment",
    method: "GET",
    path: "/moments/{id}",
    tag: "Customers",
    summary: "Get a moment of truth",
    procedurePath: "moment.get",
    procedure: momentProcedures.get,
    response: momentResource,
    run: getById(momentProcedures.get),
  },
  {
    operationId: "listMeasures",
    method: "GET",
    path: "/measures",
    tag: "Customers",
    summary: "List one canvas's measures",
    procedurePath: "measure.list",
    procedure: measureProcedures.list,
    query: listMeasuresInput.extend(pageQuery),
    response: measureResource,
    paged: true,
    run: async (ctx, { query }) => {
      const { limit, cursor, ...filters } = query as { limit: number; cursor?: string };
      const all = (await callProcedure(measureProcedures.list, ctx, filters)) as unknown[];
      const { items, nextCursor: next } = sliceWhole(all, decodeCursor(cursor), limit);
      return { data: items, nextCursor: next };
    },
  },
  {
    operationId: "getMeasure",
    method: "GET",
    path: "/measures/{id}",
    tag: "Customers",
    summary: "Get a measure",
    procedurePath: "measure.get",
    procedure: measureProcedures.get,
    response: measureResource,
    run: getById(measureProcedures.get),
  },
  {
    operationId: "listPeriods",
    method: "GET",
    path: "/periods",
    tag: "Planning",
    summary: "List planning periods",
    description: "In date order; a period's index is what initiatives' startPeriod and pinnedPeriod refer to.",
    procedurePath: "period.list",
    procedure: periodProcedures.list,
    query: z.object(pageQuery),
    response: periodResource,
    paged: true,
    run: async (ctx, { query }) => {
      const { limit, cursor } = query as { limit: number; cursor?: string };
      const all = (await callProcedure(periodProcedures.list, ctx, undefined)) as unknown[];
      const { items, nextCursor: next } = sliceWhole(all, decodeCursor(cursor), limit);
      return { data: items, nextCursor: next };
    },
  },
  {
    operationId: "getPeriod",
    method: "GET",
    path: "/periods/{id}",
    tag: "Planning",
    summary: "Get a planning period",
    procedurePath: "period.list",
    procedure: periodProcedures.list,
    response: periodResource,
    run: async (ctx, { id }) => {
      const { id: wanted } = idParam.parse({ id });
      const all = (await callProcedure(periodProcedures.list, ctx, undefined)) as { id: string }[];
      const period = all.find((p) => p.id === wanted);
      if (!period) throw new NotFoundError("Period");
      return { data: period };
    },
  },
  {
    operationId: "listScorecard",
    method: "GET",
    path: "/scorecard",
    tag: "Scorecard",
    summary: "The ranked scorecard",
    description:
      "Open work in rank order, with each initiative's crown scores, the parts that add up to its value score and the figures behind its experience score.",
    procedurePath: "scorecard.rows",
    procedure: scorecardProcedures.rows,
    query: listQuery(scorecardRowsInput),
    response: scorecardRowResource,
    paged: true,
    run: async (ctx, { query }) => {
      const { limit, cursor, ...filters } = query as { limit: number; cursor?: string };
      const offset = decodeCursor(cursor);
      const rows: unknown[] = [];
      let total = 0;
      for (let at = offset; rows.length < limit;) {
        const want = Math.min(SCORECARD_VIEW_PAGE, limit - rows.length);
        const page = (await callProcedure(scorecardProcedures.rows, ctx, { ...filters, limit: want, offset: at })) as Paged<unknown>;
        total = page.total;
        rows.push(...page.items);
        at += page.items.length;
        if (page.items.length < want || at >= total) break;
      }
      return { data: rows, nextCursor: nextCursor(offset, rows.length, total) };
    },
  },
  {
    operationId: "getRoadmap",
    method: "GET",
    path: "/roadmap",
    tag: "Planning",
    summary: "The roadmap: the plan per period",
    description: "Each period with its capacity, what it uses and the work running in it; then the open work the plan could not place.",
    procedurePath: "scorecard.roadmap",
    procedure: scorecardProcedures.roadmap,
    response: roadmapResource,
    run: async (ctx) => ({ data: roadmapPerPeriod((await callProcedure(scorecardProcedures.roadmap, ctx, undefined)) as never) }),
  },
];

export function operationById(operationId: string): Operation {
  const op = OPERATIONS.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`No API operation ${operationId}`);
  return op;
}
