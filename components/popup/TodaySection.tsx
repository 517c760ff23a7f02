import { useEffect, useRef, useState } from 'preact/hooks';
import { openExtensionPage } from '../../utils/browser/tabs';
import { CATALOGUE, CATALOGUE_BY_ID } from '../../utils/catalogue/asks';
import type { AskView } from '../../utils/catalogue/types';
import { catalogueAskView, customAskView } from '../../utils/catalogue/view';
import { actOnTodayCard, getTodayCard, type UserCardAction } from '../../utils/db/ladder';
import { type MessageKey, t } from '../../utils/i18n';
import type { TodayCard } from '../../utils/ladder/todayCard';
import { AskDetails } from '../shared/AskDetails';
import { useDatabase } from '../shared/DatabaseContext';
import { ladderMoveText } from '../shared/ladderReason';

interface Loaded {
  card: TodayCard;
  ask: AskView | null;
}

const STATUS: Record<UserCardAction, MessageKey | null> = {
  swap: 'cardSwapped',
  easier: 'cardEasierDone',
  notToday: null,
};

export function TodaySection({ focus, onLoaded }: { focus: readonly string[]; onLoaded: () => void }) {
  const db = useDatabase();
  const [state, setState] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLDivElement>(null);

  async function view(card: TodayCard): Promise<Loaded> {
    if (!card.askId) return { card, ask: null };
    const builtIn = CATALOGUE_BY_ID.get(card.askId);
    if (builtIn) return { card, ask: catalogueAskView(builtIn) };
    const custom = await db.customAsks.get(card.askId);
    return { card, ask: custom ? customAskView(custom) : null };
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once per popup opening
  useEffect(() => {
    getTodayCard(db, CATALOGUE, focus, Date.now())
      .then(view)
      .then(setState, (error: unknown) => {
        console.warn('Ask Anyway: today card not loaded', error);
        setFailed(true);
      })
      .finally(onLoaded);
  }, [db]);

  async function act(action: UserCardAction) {
    setBusy(true);
    try {
      const { card, decision } = await actOnTodayCard(db, action, CATALOGUE, focus, Date.now());
      setState(await view(card));
      const moved = ladderMoveText(decision);
      const key = STATUS[action];
      setStatus([key ? t(key) : '', moved ?? ''].filter(Boolean).join(' '));
      heading.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
    } catch (error) {
      console.warn('Ask Anyway: card action not saved', error);
      setStatus(t('saveFailed'));
    } finally {
      setBusy(false);
    }
  }

  if (failed) {
    return (
      <p role="alert" class="notice notice--error">
        {t('saveFailed')}
      </p>
    );
  }
  if (!state) return null;

  const browse = (
    <a
      href="/asks.html"
      onClick={(event) => {
        event.preventDefault();
        void openExtensionPage('/asks.html').then(() => window.close());
      }}
    >
      {t('browseAsks')}
    </a>
  );

  if (state.card.notToday) {
    return (
      <section class="card stack" aria-labelledby="today-rest" ref={heading}>
        <h2 id="today-rest" tabIndex={-1}>
          {t('todayRestHeading')}
        </h2>
        <p>{t('todayRest')}</p>
        <p role="status">{status}</p>
        <p>{browse}</p>
      </section>
    );
  }
  if (!state.ask) {
    return (
      <section class="card stack" aria-label={t('popupTitle')}>
        <p>{t('todayEmpty')}</p>
        <p>{browse}</p>
      </section>
    );
  }
  return (
    <section
      class="card stack today"
      aria-labelledby="today-title"
      data-testid="today-card"
      data-ask-id={state.ask.id}
      ref={heading}
    >
      <AskDetails ask={state.ask} headingId="today-title" />
      <fieldset class="actions">
        <legend class="visually-hidden">{t('cardActionsLabel')}</legend>
        <button type="button" class="secondary" disabled={busy} onClick={() => act('swap')}>
          {t('cardSwap')}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={busy || state.card.easier}
          aria-describedby={state.card.easier ? 'easier-used' : undefined}
          onClick={() => act('easier')}
        >
          {t('cardEasier')}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={() => act('notToday')}>
          {t('cardNotToday')}
        </button>
      </fieldset>
      {state.card.easier && (
        <p id="easier-used" class="hint">
          {t('cardEasierUsed')}
        </p>
      )}
      <p role="status" class="hint">
        {status}
      </p>
      <p>{browse}</p>
    </section>
  );
}
