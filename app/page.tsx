import { redirect } from "next/navigation";
import { currentUserId } from "@/server/auth/session";
import { serverApi } from "@/server/trpc/server";

export const dynamic = "force-dynamic";

/** Signed in: the first workspace; otherwise the sign-in page. */
export default async function Home() {
  if (!(await currentUserId())) redirect("/sign-in");
  const api = await serverApi();
  const me = await api.auth.me();
  if (!me) redirect("/sign-in");
  const [first] = await api.workspace.list();
  redirect(first ? `/w/${first.slug}` : "/workspaces/new");
}
