import { apiHandler } from "@/server/api/handle";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiHandler("getPeriod");
