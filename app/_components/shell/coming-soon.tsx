import { EmptyState, PageHeader } from "../ui/card";

/** A page whose feature lands in a later release; it still renders and explains itself. */
export function ComingSoon({ title, description, what }: { title: string; description: string; what: string }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState title="Coming soon">{what}</EmptyState>
    </>
  );
}
