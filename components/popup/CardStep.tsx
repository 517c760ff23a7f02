import { useEffect } from 'preact/hooks';
import type { AskView } from '../../utils/catalogue/types';
import type { UserCardAction } from '../../utils/db/ladder';
import { t } from '../../utils/i18n';
import type { TodayCard } from '../../utils/ladder/todayCard';
import { AskDetails } from '../shared/AskDetails';

export interface CardStepProps {
  card: TodayCard;
  /** The ladder's level: "Easier" has nowhere to go from level 1. */
  ladderLevel: number;
  ask: AskView | null;
  done: boolean;
  firstRun: boolean;
  status: string;
  busy: boolean;
  onStart: () => void;
  onAction: (action: UserCardAction) => void;
  /** "Doesn't fit my life" on the ask shown. */
  onHide: (askId: string) => void;
  /** Undo of the last "Doesn't fit my life", while on offer. */
  onUndoHide: (() => void) | null;
  browseLink: preact.ComponentChildren;
}

export function CardStep({
  card,
  ladderLevel,
  ask,
  done,
  firstRun,
  status,
  busy,
  onStart,
  onAction,
  onHide,
  onUndoHide,
  browseLink,
}: CardStepProps) {
  const statusLine = (
    <p role="status" class="hint" data-testid="card-status">
      {status}
      {onUndoHide && (
        <>
          {' '}
          <button type="button" class="link" disabled={busy} onClick={onUndoHide}>
            {t('asksUndo')}
          </button>
        </>
      )}
    </p>
  );
  const easierReason = card.easier ? 'cardEasierUsed' : ladderLevel <= 1 ? 'cardEasierAtFirst' : null;
  // One line under the actions: what the last action did, or else why Easier is unavailable.
  const reasonShown = easierReason !== null && !status;
  const view = card.notToday ? 'rest' : !ask ? 'empty' : done ? 'done' : `card:${ask.id}`;
  // Land keyboard and screen-reader users on the card's heading whenever the card view changes.
  useEffect(() => {
    document.querySelector<HTMLElement>(`[data-card-view="${view}"] h2[tabindex="-1"]`)?.focus();
  }, [view]);

  if (card.notToday) {
    return (
      <section class="card stack" aria-labelledby="today-rest" data-card-view={view}>
        <h2 id="today-rest" tabIndex={-1}>
          {t('todayRestHeading')}
        </h2>
        <p>{t('todayRest')}</p>
        <p role="status">{status}</p>
        <p>{browseLink}</p>
      </section>
    );
  }
  if (!ask) {
    return (
      <section class="card stack" aria-label={t('popupTitle')}>
        <p>{t('todayEmpty')}</p>
        {onUndoHide && statusLine}
        <p>{browseLink}</p>
      </section>
    );
  }
  if (done) {
    return (
      <section class="card stack" aria-labelledby="done-today" data-testid="done-today" data-card-view={view}>
        <h2 id="done-today" tabIndex={-1}>
          {t('doneTodayHeading')}
        </h2>
        <p>{t('doneToday')}</p>
        <button type="button" class="secondary" disabled={busy} onClick={() => onAction('swap')}>
          {t('anotherAsk')}
        </button>
        <p role="status" class="hint">
          {status}
        </p>
      </section>
    );
  }
  return (
    <section
      class="card stack today"
      aria-labelledby="today-title"
      data-card-view={view}
      data-testid="today-card"
      data-ask-id={ask.id}
    >
      {firstRun && <p class="hint">{t('flowFirstRun')}</p>}
      <AskDetails ask={ask} headingId="today-title" foldExtras>
        <button type="button" disabled={busy} onClick={onStart}>
          {t('cardStart')}
        </button>
        <fieldset class="actions">
          <legend class="visually-hidden">{t('cardActionsLabel')}</legend>
          <button type="button" class="secondary" disabled={busy} onClick={() => onAction('swap')}>
            {t('cardSwap')}
          </button>
          <button
            type="button"
            class="secondary"
            disabled={busy || easierReason !== null}
            aria-describedby={reasonShown ? 'easier-reason' : undefined}
            onClick={() => onAction('easier')}
          >
            {t('cardEasier')}
          </button>
          <button type="button" class="secondary" disabled={busy} onClick={() => onAction('notToday')}>
            {t('cardNotToday')}
          </button>
          <button type="button" class="secondary" disabled={busy} onClick={() => onHide(ask.id)}>
            {t('cardHide')}
          </button>
        </fieldset>
        {statusLine}
        {reasonShown && (
          <p id="easier-reason" class="hint" data-testid="easier-reason">
            {t(easierReason)}
          </p>
        )}
      </AskDetails>
      <p>{browseLink}</p>
    </section>
  );
}
