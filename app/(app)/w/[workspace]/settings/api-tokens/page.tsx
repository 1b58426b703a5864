import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/ui/card";
import { Link } from "@/app/_components/ui/link";
import { ApiTokensPanel } from "./api-tokens-panel";

export const metadata: Metadata = { title: "API tokens" };

export default function ApiTokensPage() {
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens let a script or another tool read this workspace, or change it, through the HTTP API. Each works for this workspace only, until it expires or you revoke it."
      />
      <p className="mb-4 text-sm text-slate-600">
        How to call the API, page through lists and read its errors: the{" "}
        <Link href="/api/docs" className="font-medium">
          API reference
        </Link>{" "}
        (the machine-readable document is at <code className="font-mono text-xs">/api/v1/openapi.json</code>).
      </p>
      <ApiTokensPanel />
    </>
  );
}
