import { useEffect, useState } from 'preact/hooks';
import { daysBetween } from '../../utils/age';
import type { RecentlyClosed } from '../../utils/db/practice';
import type { Attempt } from '../../utils/db/schema';
import { t, tCount } from '../../utils/i18n';
import { ShowAll } from '../shared/ShowAll';

export function ageText(from: number, now: number): string {
  const days = daysBetween(from, now);
  return days === 0 ? t('ageToday') : days === 1 ? t('ageYesterday') : tCount('ageDays', days);
}

/** A follow-up is offered from its day on, whatever the hour (asks without a day: at once). */
function followUpDue(attempt: Attempt, now: number): boolean {
  return attempt.followUpDueAt === undefined || daysBetween(now, attempt.followUpDueAt) === 0;
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
  closed,
  onUndoClose,
  actions,
}: {
  attempts: Attempt[];
  /** How many wait in all. */
  total: number;
  loadAll: () => Promise<Attempt[]>;
  now: number;
  busy: boolean;
  /** The ask last closed as no reply, while its Undo is on offer (it outlives the page). */
  closed: RecentlyClosed | null;
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
        {closed && (
          <p class="actions">
            {t('awaitingClosedTitled', closed.title)}
            <button
              type="button"
              class="secondary"
              disabled={busy}
              aria-label={t('actionOnItem', [t('asksUndo'), closed.title])}
              onClick={() => onUndoClose(closed.attemptId)}
            >
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
                {attempt.followUpSentAt === undefined && followUpDue(attempt, now) && (
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
              {attempt.followUpSentAt === undefined && !followUpDue(attempt, now) && (
                <p class="hint" data-testid="follow-up-later">
                  {tCount('followUpInDays', daysBetween(now, attempt.followUpDueAt ?? now))}
                </p>
              )}
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
