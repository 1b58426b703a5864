"use server";

import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { serverApi } from "@/server/trpc/server";
import type { FormState } from "@/app/(auth)/actions";

/** One workspace's weekly digest on or off (the form's hidden fields say which and to what). */
export async function setDigestAction(workspaceId: string, on: boolean): Promise<FormState> {
  try {
    await (await serverApi()).auth.setDigest({ workspaceId, on });
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { error: error.message };
    throw error;
  }
  revalidatePath("/account/notifications");
  return { done: true };
}
