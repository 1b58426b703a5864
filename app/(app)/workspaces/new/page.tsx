import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUserId } from "@/server/auth/session";
import { AuthCard } from "@/app/(auth)/auth-card";
import { NewWorkspaceForm } from "./new-workspace-form";

export const metadata: Metadata = { title: "New workspace" };
export const dynamic = "force-dynamic";

export default async function NewWorkspacePage() {
  if (!(await currentUserId())) redirect("/sign-in?next=/workspaces/new");
  return (
    <AuthCard title="New workspace" subtitle="One organisation's space. You will be its admin.">
      <NewWorkspaceForm />
    </AuthCard>
  );
}
