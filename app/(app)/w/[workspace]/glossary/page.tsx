import type { Metadata } from "next";
import { GlossaryList } from "@/app/_components/guide/glossary-list";
import { PageHeader } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Glossary" };

export default function GlossaryPage() {
  return (
    <>
      <PageHeader
        title="Glossary"
        description="What each figure of the method means and how it is worked out, in plain words. The formal term, as the exports and the method's literature use it, is given beside each."
      />
      <GlossaryList />
    </>
  );
}
