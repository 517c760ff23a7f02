import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { SaveResult } from '../../utils/settings';
import { TickList } from '../shared/TickList';

/**
 * A setting that is a list of ticks, saved as they are ticked: there is nothing to get wrong,
 * so no Save button. `save` gets the ticked ids in the order of `ids`.
 */
export function SavedTicksForm<Id extends string>({
  ids,
  initial,
  label,
  legend,
  hint,
  testId,
  save,
}: {
  ids: readonly Id[];
  initial: readonly Id[];
  label: (id: Id) => string;
  legend: string;
  hint: string;
  /** Names the hint's id and the status's test id: `<testId>-hint`, `<testId>-status`. */
  testId: string;
  save: (ticked: Id[]) => Promise<SaveResult>;
}) {
  const [ticked, setTicked] = useState<ReadonlySet<Id>>(new Set(initial));
  const [status, setStatus] = useState('');

  async function change(next: ReadonlySet<Id>) {
    setTicked(next);
    try {
      const { where } = await save(ids.filter((id) => next.has(id)));
      setStatus(t(where === 'sync' ? 'optionsSaved' : 'optionsSavedLocally'));
    } catch {
      setStatus(t('saveFailed'));
    }
  }

  return (
    <fieldset class="card stack" aria-describedby={`${testId}-hint`}>
      <legend>{legend}</legend>
      <p id={`${testId}-hint`} class="hint">
        {hint}
      </p>
      <TickList ids={ids} ticked={ticked} label={label} onChange={change} />
      <p role="status" class="hint" data-testid={`${testId}-status`}>
        {status}
      </p>
    </fieldset>
  );
}
