"use server";

import { TRPCError } from "@trpc/server";
import { serverApi } from "@/server/trpc/server";
import type { FormState } from "../actions";

export async function unsubscribeAction(token: string): Promise<FormState> {
  try {
    const result = await (await serverApi()).auth.unsubscribeDigest({ token });
    return { done: true, values: { workspace: result.workspaceName ?? "" } };
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { error: error.message };
    throw error;
  }
}
