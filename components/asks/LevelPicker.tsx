import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { manualLevelChange } from '../../utils/ladder/progression';
import { LevelOptions } from '../shared/LevelOptions';

/** Lets the user set their level; a jump of more than one asks first, with the reason. */
export function LevelPicker({
  level,
  onChange,
}: {
  level: number;
  onChange: (level: number) => Promise<void>;
}) {
  const [choice, setChoice] = useState(level);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [status, setStatus] = useState('');

  async function apply(to: number) {
    setConfirming(null);
    try {
      await onChange(to);
      setChoice(to);
      setStatus(t('levelChanged', String(to)));
    } catch {
      setStatus(t('saveFailed'));
    }
  }

  function submit(event: Event) {
    event.preventDefault();
    const change = manualLevelChange(level, choice);
    if (change.to === level) return;
    if (change.needsConfirmation) setConfirming(change.to);
    else void apply(change.to);
  }

  return (
    <form class="actions" onSubmit={submit}>
      <label for="level-picker">{t('levelChangeLabel')}</label>
      <select
        id="level-picker"
        value={String(choice)}
        onChange={(e) => setChoice(Number(e.currentTarget.value))}
      >
        <LevelOptions />
      </select>
      <button type="submit" class="secondary">
        {t('levelChangeButton')}
      </button>
      {confirming !== null && (
        <div
          class="notice stack"
          role="alertdialog"
          aria-labelledby="level-jump-note"
          data-testid="level-jump"
        >
          <p id="level-jump-note">{t('levelJumpNote', String(confirming))}</p>
          <div class="actions">
            <button type="button" onClick={() => apply(confirming)}>
              {t('levelJumpConfirm', String(confirming))}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setConfirming(null);
                setChoice(level);
              }}
            >
              {t('levelJumpCancel', String(level))}
            </button>
          </div>
        </div>
      )}
      <p role="status" class="hint">
        {status}
      </p>
    </form>
  );
}
