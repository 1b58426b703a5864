import { cache } from "react";
import { auth } from "./config";

/** The signed-in user's id, resolved once per server request. */
export const currentUserId = cache(async (): Promise<string | null> => {
  const session = await auth();
  return session?.user?.id ?? null;
});
