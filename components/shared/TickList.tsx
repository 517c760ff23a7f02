/** The set with `id` ticked or unticked. */
function toggled<Id extends string>(set: ReadonlySet<Id>, id: Id, on: boolean): ReadonlySet<Id> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** One checkbox per id, in the order given; each tick hands back the whole new set. */
export function TickList<Id extends string>({
  ids,
  ticked,
  label,
  name,
  onChange,
}: {
  ids: readonly Id[];
  ticked: ReadonlySet<Id>;
  label: (id: Id) => string;
  name?: string;
  onChange: (next: ReadonlySet<Id>) => void;
}) {
  return (
    <>
      {ids.map((id) => (
        <label class="checkbox" key={id}>
          <input
            type="checkbox"
            name={name}
            value={id}
            checked={ticked.has(id)}
            onChange={(event) => onChange(toggled(ticked, id, event.currentTarget.checked))}
          />
          <span>{label(id)}</span>
        </label>
      ))}
    </>
  );
}
