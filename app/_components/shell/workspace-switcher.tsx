"use client";

import { useRouter } from "next/navigation";

export function WorkspaceSwitcher({
  current,
  workspaces,
}: {
  current: string;
  workspaces: { slug: string; name: string; role: string }[];
}) {
  const router = useRouter();
  return (
    <div>
      <label htmlFor="workspace-switcher" className="sr-only">
        Workspace
      </label>
      <select
        id="workspace-switcher"
        value={current}
        onChange={(e) => {
          const slug = e.target.value;
          router.push(slug === "__new" ? "/workspaces/new" : `/w/${slug}`);
        }}
        className="h-11 w-full rounded-md border-0 bg-white py-1.5 md:h-auto pl-2 pr-8 text-sm font-medium text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
      >
        {workspaces.map((w) => (
          <option key={w.slug} value={w.slug}>
            {w.name}
          </option>
        ))}
        <option value="__new">+ New workspace…</option>
      </select>
    </div>
  );
}
