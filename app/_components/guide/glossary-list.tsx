import { Card } from "../ui/card";
import { GLOSSARY } from "./glossary-entries";

/** Every entry, each with an anchor the "?" tips link to. */
export function GlossaryList() {
  return (
    <Card className="p-5">
      <nav aria-label="Glossary entries" className="mb-5 flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {GLOSSARY.map((e) => (
          <a key={e.id} href={`#${e.id}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">
            {e.term}
          </a>
        ))}
      </nav>
      <dl className="divide-y divide-slate-200">
        {GLOSSARY.map((e) => (
          <div key={e.id} id={e.id} className="scroll-mt-20 py-4 first:pt-0 last:pb-0">
            <dt className="font-semibold text-slate-900">
              {e.term}
              {"formal" in e && e.formal ? <span className="ml-2 text-xs font-normal text-slate-600">formal term: {e.formal}</span> : null}
            </dt>
            <dd className="mt-1 max-w-3xl text-sm text-slate-700">{e.meaning}</dd>
            <dd className="mt-1 max-w-3xl text-sm text-slate-600">
              <span className="font-medium text-slate-700">How it is computed: </span>
              {e.computed}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
