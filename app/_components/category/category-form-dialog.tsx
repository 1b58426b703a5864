"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { CategoryItem, RouterInputs } from "../trpc/types";
import { useTRPC, useTRPCClient } from "../trpc/client";
import { readTrpcError } from "../trpc/read-trpc-error";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { Dialog } from "../ui/dialog";
import { SelectField, TextAreaField, TextField } from "../ui/field";
import { formText } from "../ui/form-text";
import { NumberField } from "../ui/number-field";
import { readNumbers } from "../ui/typed-number";
import { useEditedFields } from "../ui/use-edited-fields";
import { useWorkspace } from "../workspace/workspace-context";
import { ConflictChoices } from "../autosave/save-status";
import { clashesOf, conflictOf, type Clash, type Pick as PickChoice } from "../autosave/use-autosave";

type CategoryValues = Omit<RouterInputs["category"]["create"], "workspaceId" | "idempotencyKey">;

/** The fields whose value differs from the category as loaded. */
function changedFields(before: Record<string, unknown>, values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(before[k] ?? null)),
  );
}

export type SavedCategory = { id: string; name: string; warnings: string[]; canvasId?: string };

/** Create or edit a category; the same zod schema as the API checks the form first. */
export function CategoryFormDialog({
  open,
  onClose,
  category,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  category?: CategoryItem;
  onSaved: (saved: SavedCategory) => void;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const ws = useWorkspace();
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const [clash, setClash] = useState<{ clashes: Clash[]; version: number; changed: Record<string, unknown> } | null>(null);
  const save = useMutation({
    mutationFn: async (input: {
      values: Partial<CategoryValues> & Pick<CategoryValues, "name" | "need">;
      withCanvas: boolean;
      version?: number;
    }) => {
      if (category) {
        // Only what this person changed is sent: someone else's edit of another field is kept (decision 018).
        const changed = changedFields(category, { ...input.values, size: input.values.size ?? null });
        try {
          const saved = await client.category.update.mutate({
            workspaceId: ws.id,
            id: category.id,
            version: input.version ?? category.version,
            ...changed,
          });
          return { id: saved.id, name: saved.name, warnings: saved.warnings };
        } catch (error) {
          const conflict = conflictOf(error);
          if (conflict?.fields?.length) {
            setClash({ clashes: clashesOf(conflict), version: conflict.currentVersion, changed });
          }
          throw error;
        }
      }
      const saved = await client.category.create.mutate({ workspaceId: ws.id, ...input.values });
      let canvasId: string | undefined;
      if (input.withCanvas) {
        const canvas = await client.canvas.create.mutate({
          workspaceId: ws.id,
          categoryId: saved.id,
          title: saved.name,
        });
        canvasId = canvas.id;
      }
      return { id: saved.id, name: saved.name, warnings: saved.warnings, canvasId };
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: trpc.category.list.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.canvas.list.queryKey() });
      onSaved(saved);
    },
  });
  // An error stays under a field only until the field is changed: a filled-in field must not keep saying it is empty.
  const edited = useEditedFields();
  const fe = edited.without({ ...readTrpcError(save.error).fieldErrors, ...clientErrors });

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    edited.clear();
    const numbers = readNumbers({ size: formText(form, "size"), weight: formText(form, "weight") });
    setClientErrors(numbers.ok ? {} : numbers.errors);
    if (!numbers.ok) return;
    const { size, weight } = numbers.values;
    save.mutate({
      values: {
        name: formText(form, "name"),
        need: formText(form, "need"),
        jobToBeDone: formText(form, "jobToBeDone"),
        description: formText(form, "description"),
        digitalSavviness: formText(form, "digitalSavviness") as CategoryValues["digitalSavviness"],
        size,
        weight: weight ?? undefined,
      },
      withCanvas: form.get("withCanvas") === "on",
    });
  }

  const close = () => {
    save.reset();
    setClientErrors({});
    setClash(null);
    edited.clear();
    onClose();
  };

  /** Saves the person's picks: their value where they chose mine, nothing over theirs otherwise. */
  function resolve(picks: Record<string, PickChoice>) {
    if (!clash || !category) return;
    const values = Object.fromEntries(Object.entries(clash.changed).filter(([k]) => picks[k] !== "theirs"));
    setClash(null);
    save.reset();
    if (Object.keys(values).length === 0) {
      void queryClient.invalidateQueries({ queryKey: trpc.category.list.queryKey() });
      onClose();
      return;
    }
    save.mutate({ values: values as Parameters<typeof save.mutate>[0]["values"], withCanvas: false, version: clash.version });
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      wide
      title={category ? `Edit “${category.name}”` : "New customer category"}
      description="Group customers by what they need, not by who they are."
    >
      <form
        onSubmit={submit}
        onInput={edited.onInput}
        onChange={edited.onInput}
        noValidate
        className="space-y-4"
        aria-label={category ? "Edit category" : "New category"}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Name"
            name="name"
            required
            defaultValue={category?.name}
            error={fe.name}
            placeholder="e.g. Needs the car back the same day"
            hint="Name the need, not the demographic."
          />
          <SelectField
            label="Digital savviness"
            name="digitalSavviness"
            defaultValue={category?.digitalSavviness ?? "medium"}
            error={fe.digitalSavviness}
          >
            <option value="low">Low: prefers phone or counter</option>
            <option value="medium">Medium: uses both</option>
            <option value="high">High: does it online</option>
          </SelectField>
        </div>
        <TextAreaField
          label="Defining need"
          name="need"
          required
          defaultValue={category?.need}
          error={fe.need}
          placeholder="What do these customers need from us? e.g. “keep my business running while my van is off the road”"
          hint="One or two sentences, in the customer's words."
        />
        <TextAreaField
          label="Job to be done"
          name="jobToBeDone"
          rows={2}
          defaultValue={category?.jobToBeDone}
          error={fe.jobToBeDone}
          placeholder="e.g. get to tomorrow's client meetings with a working car"
        />
        <TextAreaField
          label="Description"
          name="description"
          rows={2}
          defaultValue={category?.description}
          error={fe.description}
          hint="Optional: who tends to be in it, what they have in common."
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField
            label="Size (customers)"
            name="size"
            defaultValue={category?.size ?? null}
            error={fe.size}
            hint="Roughly how many customers; leave empty if unknown."
          />
          <NumberField
            label="Weight"
            name="weight"
            defaultValue={category?.weight ?? 1}
            error={fe.weight}
            hint="Relative value to the business (1 = normal, 2 = twice as important). The heaviest category counts fully in scores."
          />
        </div>
        {!category ? (
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" name="withCanvas" defaultChecked className="mt-0.5 size-4 rounded border-slate-300" />
            <span>
              Also create its Successful Customer Outcome canvas
              <span className="block text-xs text-slate-500">You will describe the outcome and its moments of truth there.</span>
            </span>
          </label>
        ) : null}
        {clash ? (
          <ConflictChoices clashes={clash.clashes} onResolve={resolve} />
        ) : save.error && !Object.keys(readTrpcError(save.error).fieldErrors).length ? (
          <Alert>{readTrpcError(save.error).message}</Alert>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" busy={save.isPending}>
            {category ? "Save category" : "Create category"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
