import { eq } from "drizzle-orm";
import { z } from "zod";
import { moments } from "@/db/schema";
import { defineCodec, epochMs, ref, sortBy, type CsvColumn } from "../shared/codec";
import { createMomentInput } from "./schemas";

/** Moments of truth in the workspace file, each on its canvas. */
export const momentCodec = defineCodec({
  key: "moments",
  kind: "moment",
  schema: createMomentInput.omit({ canvasId: true }).extend({
    ref,
    canvasRef: ref,
    position: z.number().int().min(0).max(1_000_000).default(0),
    createdAt: epochMs.optional(),
  }),
  tables: [moments],
  read: async (db, workspaceId, refs) =>
    sortBy(
      await db.select().from(moments).where(eq(moments.workspaceId, workspaceId)),
      (m) => refs.order("canvas", m.canvasId),
      (m) => m.position,
      (m) => m.name,
      (m) => m.createdAt,
      (m) => m.id,
    ),
  toFile: (m, refs) => ({
    ref: refs.ref("moment", m.id)!,
    canvasRef: refs.ref("canvas", m.canvasId)!,
    name: m.name,
    stage: m.stage,
    journeyType: m.journeyType,
    channel: m.channel,
    importance: m.importance,
    performance: m.performance,
    volumePerYear: m.volumePerYear,
    costPerInteraction: m.costPerInteraction,
    position: m.position,
    createdAt: m.createdAt,
  }),
  fromFile: ({ ref, canvasRef, createdAt, ...m }, refs) => [
    [
      {
        ...m,
        id: refs.idOf("moment", ref),
        canvasId: refs.idOf("canvas", canvasRef),
        workspaceId: refs.workspaceId,
        ...refs.stamp(createdAt),
      },
    ],
  ],
});

/** A moment as its CSV export reads it: the row with its canvas's title. */
export type MomentCsvRow = typeof moments.$inferSelect & { canvas: string };

/** The moments CSV's columns (template, export and import), in order; the export adds computed figures after them. */
export const MOMENT_CSV_COLUMNS: readonly CsvColumn<MomentCsvRow>[] = [
  {
    key: "canvas",
    label: "Canvas",
    required: false,
    hint: "Title of the SCO canvas; empty = the canvas chosen for the import",
    synonyms: ["canvas title", "sco canvas"],
    example: "",
    path: "canvasId",
    write: (m) => m.canvas,
  },
  {
    key: "name",
    label: "Name",
    required: true,
    hint: "Up to 200 characters",
    synonyms: ["moment", "moment of truth", "title", "moment name"],
    example: "Booking the service online",
    path: "name",
    read: (r) => r.text("name"),
    write: (m) => m.name,
  },
  {
    key: "stage",
    label: "Journey stage",
    required: false,
    hint: "Up to 200 characters",
    synonyms: ["journey stage", "phase", "step"],
    example: "Booking",
    path: "stage",
    read: (r) => r.text("stage"),
    write: (m) => m.stage,
  },
  {
    key: "journey_type",
    label: "Journey type",
    required: false,
    hint: "purchase, service-planned, service-unplanned, delivery, retail or other (default other)",
    synonyms: ["journey", "type"],
    example: "service-planned",
    path: "journeyType",
    // "Service planned" and "service_planned" are the journey type service-planned.
    read: (r) => {
      const raw = r.text("journey_type");
      return raw === "" ? undefined : raw.toLowerCase().replace(/[\s_]+/g, "-");
    },
    write: (m) => m.journeyType,
  },
  {
    key: "channel",
    label: "Channel",
    required: false,
    hint: "Up to 200 characters",
    synonyms: ["touchpoint", "medium"],
    example: "Web",
    path: "channel",
    read: (r) => r.text("channel"),
    write: (m) => m.channel,
  },
  {
    key: "importance",
    label: "Importance",
    required: true,
    hint: "Whole number 1 to 5 (to the customer)",
    synonyms: ["importance to customer", "importance to the customer"],
    example: "5",
    path: "importance",
    read: (r) => r.number("importance"),
    write: (m) => m.importance,
  },
  {
    key: "performance",
    label: "Performance",
    required: true,
    hint: "Whole number 1 to 5 (how well we do it today)",
    synonyms: ["current performance", "how well we do it"],
    example: "2",
    path: "performance",
    read: (r) => r.number("performance"),
    write: (m) => m.performance,
  },
  {
    key: "volume_per_year",
    label: "Volume per year",
    required: false,
    hint: "Interactions per year, 0 or more",
    synonyms: ["volume", "yearly volume", "volume/year", "interactions per year"],
    example: "12000",
    path: "volumePerYear",
    read: (r) => r.number("volume_per_year"),
    write: (m) => m.volumePerYear,
  },
  {
    key: "cost_per_interaction",
    label: "Cost per interaction",
    required: false,
    hint: "Money, 0 or more",
    synonyms: ["cost", "unit cost", "cost per contact"],
    example: "4.5",
    path: "costPerInteraction",
    read: (r) => r.number("cost_per_interaction"),
    write: (m) => m.costPerInteraction,
  },
];
