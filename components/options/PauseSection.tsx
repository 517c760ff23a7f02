import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { isPaused, NO_PAUSE, type PracticePause, startPause } from '../../utils/pause/pause';
import type { SettingsStore } from '../../utils/settings';
import { PauseChoices } from '../shared/PauseChoices';
import { PausedNotice } from '../shared/PausedNotice';

/** The one pause, for all of practice: the same as the safety card's and the new tab's. */
export function PauseSection({ store, initial }: { store: SettingsStore; initial: PracticePause }) {
  const [pause, setPause] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const section = useRef<HTMLElement>(null);
  const paused = isPaused(pause, Date.now());

  function save(next: PracticePause, done: string) {
    setBusy(true);
    store.set({ pause: next }).then(
      ({ settings }) => {
        setPause(settings.pause);
        setStatus(done);
        setBusy(false);
        // The button pressed has gone: keep the keyboard in this section.
        requestAnimationFrame(() => section.current?.focus());
      },
      () => {
        setStatus(t('saveFailed'));
        setBusy(false);
      },
    );
  }

  return (
    <section
      class="card stack"
      id="pause"
      tabIndex={-1}
      ref={section}
      aria-labelledby={paused ? 'paused-heading' : 'pause-heading'}
    >
      {paused ? (
        <PausedNotice pause={pause} busy={busy} onResume={() => save(NO_PAUSE, t('pauseResumed'))} />
      ) : (
        <>
          <h2 id="pause-heading">{t('pauseOptionsHeading')}</h2>
          <p>{t('pauseOptionsIntro')}</p>
          <PauseChoices
            busy={busy}
            onPause={(length) => save(startPause(length, Date.now()), t('pauseSaved'))}
          />
        </>
      )}
      <p role="status" class="hint">
        {status}
      </p>
    </section>
  );
}
