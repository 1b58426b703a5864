import { apiHandler } from "@/server/api/handle";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiHandler("getInitiative");
export const PATCH = apiHandler("updateInitiative");
