import { useEffect, useState } from 'preact/hooks';
import { daysBetween } from '../../utils/age';
import type { Attempt } from '../../utils/db/schema';
import { t } from '../../utils/i18n';
import { ShowAll } from '../shared/ShowAll';

export function ageText(from: number, now: number): string {
  const days = daysBetween(from, now);
  return days === 0 ? t('ageToday') : days === 1 ? t('ageYesterday') : t('ageDays', String(days));
}

export interface AwaitingActions {
  onAnswer: (attempt: Attempt) => void;
  onFollowUp: (attempt: Attempt) => void;
  onClose: (attempt: Attempt) => void;
}

/**
 * Asks waiting for an answer, the follow-up due first, each with what can be done about it:
 * the first few, and all of them when asked for (read then, and again after every change).
 */
export function AwaitingList({
  attempts,
  total,
  loadAll,
  now,
  busy,
  closedId,
  onUndoClose,
  actions,
}: {
  attempts: Attempt[];
  /** How many wait in all. */
  total: number;
  loadAll: () => Promise<Attempt[]>;
  now: number;
  busy: boolean;
  /** The attempt just closed as no reply, while its Undo is on offer. */
  closedId: string | null;
  onUndoClose: (id: string) => void;
  actions: AwaitingActions;
}) {
  const [expanded, setExpanded] = useState(false);
  const [all, setAll] = useState<Attempt[] | null>(null);
  useEffect(() => {
    if (!expanded) return;
    let live = true;
    loadAll().then(
      (list) => live && setAll(list),
      (error: unknown) => console.warn('Ask Anyway: the full list was not read', error),
    );
    return () => {
      live = false;
    };
  }, [expanded, attempts, total, loadAll]);
  const shown = expanded && all ? all : attempts;
  return (
    <section class="stack" aria-labelledby="awaiting-heading" data-testid="awaiting">
      <h2 id="awaiting-heading">{t('awaitingHeading')}</h2>
      <div role="status" class="hint" data-testid="awaiting-status">
        {closedId && (
          <p class="actions">
            {t('awaitingClosed')}
            <button type="button" class="secondary" disabled={busy} onClick={() => onUndoClose(closedId)}>
              {t('asksUndo')}
            </button>
          </p>
        )}
      </div>
      {attempts.length === 0 ? (
        <p class="hint">{t('awaitingEmpty')}</p>
      ) : (
        <ul class="list-plain">
          {shown.map((attempt) => (
            <li key={attempt.id} class="stack-tight" data-attempt-id={attempt.id}>
              <p class="awaiting__title">{attempt.askTitle}</p>
              <p class="hint">
                {attempt.followUpSentAt === undefined
                  ? t('awaitingAge', ageText(attempt.doneAt ?? attempt.committedAt, now))
                  : t('metaPair', [
                      t('awaitingAge', ageText(attempt.doneAt ?? attempt.committedAt, now)),
                      t('awaitingFollowedUp', ageText(attempt.followUpSentAt, now)),
                    ])}
              </p>
              <div class="actions">
                <button
                  type="button"
                  class="secondary"
                  disabled={busy}
                  aria-label={t('actionOnItem', [t('awaitingGotAnswer'), attempt.askTitle])}
                  onClick={() => actions.onAnswer(attempt)}
                >
                  {t('awaitingGotAnswer')}
                </button>
                {attempt.followUpSentAt === undefined && (
                  <button
                    type="button"
                    class="secondary"
                    disabled={busy}
                    aria-label={t('actionOnItem', [t('awaitingFollowUp'), attempt.askTitle])}
                    onClick={() => actions.onFollowUp(attempt)}
                  >
                    {t('awaitingFollowUp')}
                  </button>
                )}
                <button
                  type="button"
                  class="secondary"
                  disabled={busy}
                  aria-label={t('actionOnItem', [t('awaitingClose'), attempt.askTitle])}
                  onClick={() => actions.onClose(attempt)}
                >
                  {t('awaitingClose')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {!expanded && total > attempts.length && (
        <ShowAll total={total} onShow={() => setExpanded(true)} testId="awaiting-show-all" />
      )}
    </section>
  );
}
