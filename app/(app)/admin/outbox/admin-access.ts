import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { currentUserId } from "@/server/auth/session";

/** The admin pages' one guard: sign in first; anyone but the installation admin sees "not found" (the procedure decides). */
export async function requireSignedIn(next: string): Promise<void> {
  if (!(await currentUserId())) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
}

export function notFoundUnlessAllowed(error: unknown): never {
  if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
  throw error;
}
