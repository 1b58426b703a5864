"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Role } from "@/db/schema/workspaces";
import { can, type Action } from "@/server/domain/permissions";

type WorkspaceInfo = { id: string; slug: string; name: string; currency: string; role: Role; userId: string; userName: string };

const WorkspaceContext = createContext<WorkspaceInfo | null>(null);

export function WorkspaceProvider({ value, children }: { value: WorkspaceInfo; children: ReactNode }) {
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

/** The workspace the page is in, and the caller's role in it. */
export function useWorkspace(): WorkspaceInfo & { can: (action: Action) => boolean } {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error("useWorkspace must be used inside a workspace page");
  return { ...value, can: (action) => can(value.role, action) };
}
