"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Role } from "@/db/schema/workspaces";
import { canCall, type ProcedurePath } from "@/server/domain/procedure-permissions";

type WorkspaceInfo = { id: string; slug: string; name: string; currency: string; role: Role; userId: string; userName: string };

const WorkspaceContext = createContext<WorkspaceInfo | null>(null);

export function WorkspaceProvider({ value, children }: { value: WorkspaceInfo; children: ReactNode }) {
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

/**
 * The workspace the page is in, the caller's role in it, and whether that
 * role may call a procedure (`canCall("initiative.update")`): the same
 * declaration the server enforces (each entity's permissions.ts), asked
 * ahead so the page shows only what the caller may do.
 */
export function useWorkspace(): WorkspaceInfo & { canCall: (path: ProcedurePath) => boolean } {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error("useWorkspace must be used inside a workspace page");
  return { ...value, canCall: (path) => canCall(value.role, path) };
}
