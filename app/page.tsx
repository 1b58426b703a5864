import { redirect } from "next/navigation";
import { currentUserId } from "@/server/auth/session";
import { serverApi } from "@/server/trpc/server";

export const dynamic = "force-dynamic";

/** Signed in: the first workspace (a tracker's lands on This period); otherwise the sign-in page. */
export default async function Home() {
  if (!(await currentUserId())) redirect("/sign-in");
  const api = await serverApi();
  const me = await api.auth.me();
  if (!me) redirect("/sign-in");
  const [first] = await api.workspace.list();
  if (!first) redirect("/workspaces/new");
  redirect(first.role === "tracker" ? `/w/${first.slug}/this-period` : `/w/${first.slug}`);
}
