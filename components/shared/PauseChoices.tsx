import type { MessageKey } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import { PAUSE_LENGTHS, type PauseLength } from '../../utils/pause/pause';

const LABEL: Record<PauseLength, MessageKey> = {
  fewDays: 'pauseFewDays',
  week: 'pauseWeek',
  untilResumed: 'pauseUntilResumed',
};

/** The three lengths of a pause, the same wherever a pause can start. */
export function PauseChoices({
  busy,
  onPause,
  testId,
}: {
  busy: boolean;
  onPause: (length: PauseLength) => void;
  testId?: string;
}) {
  return (
    <div class="actions" data-testid={testId}>
      {PAUSE_LENGTHS.map((length) => (
        <button
          key={length}
          type="button"
          class="secondary"
          disabled={busy}
          data-pause={length}
          onClick={() => onPause(length)}
        >
          {t(LABEL[length])}
        </button>
      ))}
    </div>
  );
}
