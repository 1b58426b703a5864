import { cache } from "react";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { clientIp } from "@/server/auth/client-ip";
import { currentUserId } from "@/server/auth/session";
import { createContext } from "./context";
import { createCaller } from "./root";

/** tRPC for server components: the same procedures, checks and errors as the API. */
export const serverApi = cache(async () => {
  const userId = await currentUserId();
  return createCaller(createContext({ db: await getDb(), userId, ip: clientIp(await headers()) }));
});
