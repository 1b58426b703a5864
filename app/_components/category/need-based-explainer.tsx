/** What a need-based category is, with one good and one bad example. */
export function NeedBasedExplainer({ compact }: { compact?: boolean }) {
  return (
    <section aria-labelledby="need-based-title" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="need-based-title" className="font-semibold text-slate-900">
        Group customers by what they need
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Outside-In puts customers together when they need the same outcome from you, whatever their age, income or postcode. Two customers
        of the same age can need opposite things; a category you can design a service for is one need.
      </p>
      <dl className={`mt-4 grid gap-3 text-sm ${compact ? "sm:grid-cols-2 xl:grid-cols-1" : "sm:grid-cols-2"}`}>
        <div className="rounded-md bg-emerald-50 p-3 ring-1 ring-inset ring-emerald-200">
          <dt className="font-semibold text-emerald-900">
            <span aria-hidden>✓ </span>Good: need-based
          </dt>
          <dd className="mt-1 text-emerald-900">
            “Needs the car back the same day” — they cannot be without it, so speed and a courtesy car matter most.
          </dd>
        </div>
        <div className="rounded-md bg-red-50 p-3 ring-1 ring-inset ring-red-200">
          <dt className="font-semibold text-red-900">
            <span aria-hidden>✗ </span>Bad: by circumstance
          </dt>
          <dd className="mt-1 text-red-900">
            “Drivers over 60 in rural postcodes” — says who they are, not what they need; the app warns when a name or need reads like this.
          </dd>
        </div>
      </dl>
    </section>
  );
}
