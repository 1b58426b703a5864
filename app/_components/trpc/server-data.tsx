import { dehydrate, HydrationBoundary, QueryClient, type DataTag, type QueryKey } from "@tanstack/react-query";
import { createTRPCClient } from "@trpc/client";
import { createTRPCOptionsProxy, type TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { ReactNode } from "react";
import type { AppRouter } from "@/server/trpc/root";
import { serverApi } from "@/server/trpc/server";
import { DisabledUntilHydrated } from "../ui/disabled-until-hydrated";

type ServerApi = Awaited<ReturnType<typeof serverApi>>;
/** Hands data to the browser under the key its useQuery uses; undefined hands nothing (the browser fetches it). */
type Put = <T>(key: DataTag<QueryKey, T, unknown>, data: Promise<T | undefined>) => Promise<void>;
type ServerQueries = (q: { api: ServerApi; keys: TRPCOptionsProxy<AppRouter>; workspaceId: string; put: Put }) => Promise<void>[];

// Only .queryKey() is used, so the keys are exactly the ones useTRPC() builds in the browser; the data comes from
// the server caller, so this client is never asked for anything.
const keys = createTRPCOptionsProxy<AppRouter>({
  client: createTRPCClient<AppRouter>({ links: [] }),
  queryClient: () => new QueryClient(),
});

/**
 * Runs a page's first queries on the server, through the same procedures and
 * checks as the API, and hands the results to the browser's query cache. The
 * page is then in the HTML: its largest text paints with the first paint, it
 * hydrates in slices instead of rendering in one long task when the data
 * arrives, and nothing below a loading placeholder jumps when it is replaced.
 * Its controls wait for hydration before they take input.
 */
export async function ServerData({ slug, queries, children }: { slug: string; queries: ServerQueries; children: ReactNode }) {
  const queryClient = new QueryClient();
  const api = await serverApi();
  try {
    const workspace = await api.workspace.bySlug({ slug });
    const put: Put = async (key, data) => {
      const value = await data;
      if (value !== undefined) queryClient.setQueryData(key, value);
    };
    // A query that fails here is simply not handed over: the browser asks again and shows the error where it is used.
    await Promise.allSettled(queries({ api, keys, workspaceId: workspace.id, put }));
  } catch {
    // The layout answers an unknown workspace (not found) or a missing session (sign-in).
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <DisabledUntilHydrated>{children}</DisabledUntilHydrated>
    </HydrationBoundary>
  );
}
