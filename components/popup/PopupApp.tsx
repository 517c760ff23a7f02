import { type ExtensionPage, openExtensionPage } from '../../utils/browser/tabs';
import type { PopupData } from '../../utils/db/popupView';
import { t } from '../../utils/i18n';
import { isPaused } from '../../utils/pause/pause';
import { SafetyCheckIn } from '../safety/SafetyCheckIn';
import { CorrectionNotice } from '../shared/CorrectionNotice';
import { PausedNotice } from '../shared/PausedNotice';
import { StorageUnavailable } from '../shared/StorageGate';
import type { AttemptCorrection } from '../shared/useAttemptCorrection';
import { useReadyMark } from '../shared/useReadyMark';
import { AnswerStep } from './AnswerStep';
import { AwaitingList } from './AwaitingList';
import { CardStep } from './CardStep';
import { DoingStep } from './DoingStep';
import { FollowUpStep } from './FollowUpStep';
import { ForecastStep } from './ForecastStep';
import { OutcomeStep } from './OutcomeStep';
import { PledgeStep } from './PledgeStep';
import { ReflectStep } from './ReflectStep';
import { SummaryStep } from './SummaryStep';
import { UnreflectedList } from './UnreflectedList';
import { loadAllAwaiting, type PopupActions, type PopupState, usePopup } from './usePopup';

/** A link to another extension page that closes the popup behind it. */
function PageLink({ href, label }: { href: ExtensionPage; label: string }) {
  return (
    <a
      href={href}
      onClick={(event) => {
        event.preventDefault();
        void openExtensionPage(href).then(() => window.close());
      }}
    >
      {label}
    </a>
  );
}

type StepProps = { data: PopupData; state: PopupState; actions: PopupActions; correction: AttemptCorrection };

/** The step of an ask in progress, by the flow's step; null for the card (no ask in progress). */
const STEPS: Partial<Record<PopupData['flow']['step'], (props: StepProps) => preact.JSX.Element | null>> = {
  forecast: ({ data: { attemptAsk: ask }, state, actions }) =>
    ask && (
      <ForecastStep
        ask={ask}
        busy={state.busy}
        onBack={() => void actions.backToCard()}
        onCommit={(forecast, draftKey) => actions.commit(ask, forecast, draftKey)}
      />
    ),
  doing: ({ data, state, actions, correction }) => {
    const { attempt, attemptAsk: ask } = data;
    // An ask from an old backup may be gone from the catalogue: straight to how it went.
    if (!attempt || !ask) return STEPS.outcome?.({ data, state, actions, correction }) ?? null;
    return (
      <DoingStep
        ask={ask}
        belief={attempt.belief}
        onDone={() => void actions.done(attempt)}
        onLetGo={() => void actions.letGo(attempt)}
      />
    );
  },
  outcome: ({ data, state, actions }) => {
    const { attempt } = data;
    return (
      attempt && (
        <OutcomeStep
          attemptId={attempt.id}
          title={titleOf(data)}
          busy={state.busy}
          defaultFollowUpDays={data.settings.reminders.followUpDays}
          onSave={(input, draftKey) => actions.logOutcome(attempt, input, draftKey)}
          onBack={() => void actions.backToDoing(attempt)}
        />
      )
    );
  },
  answer: ({ data, actions }) => {
    const { attempt } = data;
    return (
      attempt && (
        <AnswerStep
          title={titleOf(data)}
          onBack={() => void actions.backToCard()}
          onSave={(outcome) => actions.answer(attempt, outcome)}
        />
      )
    );
  },
  followUp: ({ data, actions }) => {
    const { attempt } = data;
    return (
      attempt && (
        <FollowUpStep
          title={titleOf(data)}
          channel={data.attemptAsk?.channel}
          onBack={() => void actions.backToCard()}
          onSent={() => void actions.followUpSent(attempt)}
        />
      )
    );
  },
  reflect: ({ data, state, actions }) => {
    const { attempt } = data;
    return (
      attempt && (
        <ReflectStep
          attemptId={attempt.id}
          title={titleOf(data)}
          existing={attempt.reflection}
          belief={attempt.belief}
          busy={state.busy}
          onFinish={(input, draftKey) => actions.reflect(attempt, input, draftKey)}
        />
      )
    );
  },
  summary: ({ data, state, actions, correction }) => {
    const { attempt, flow } = data;
    if (!attempt || flow.step !== 'summary') return null;
    return (
      <SummaryStep
        attempt={attempt}
        decision={flow.decision}
        busy={state.busy}
        onDone={() => void actions.backToCard()}
        onEdit={(edit, draftKey) => correction.edit(attempt, edit, draftKey)}
        onCancelEdit={correction.cancelEdit}
        onDelete={() => void correction.remove(attempt)}
      >
        <SafetyCheckIn
          // Only with the summary of the ask it spoke about (or a later one): an unanswered
          // check-in waits on the new tab, not in every summary after it.
          open={data.concern && data.concern.at >= (attempt.doneAt ?? 0) ? data.concern : null}
          level={data.level}
          headingLevel="h3"
          alreadyDown={flow.decision !== null && flow.decision.to < flow.decision.from}
          onAnswer={actions.answerConcern}
        />
      </SummaryStep>
    );
  },
};

function titleOf(data: PopupData): string {
  return data.attempt?.askTitle ?? data.attemptAsk?.title ?? '';
}

/** With no ask in progress: the paused notice, the pledge before the first card, or the card. */
function Home({ data, state, actions }: StepProps) {
  if (isPaused(data.settings.pause, data.now))
    return (
      <section class="card" aria-labelledby="paused-heading">
        <PausedNotice pause={data.settings.pause} busy={state.busy} onResume={() => void actions.resume()} />
      </section>
    );
  if (data.isFirstRun && data.settings.pledgeAcceptedAt === null)
    return <PledgeStep busy={state.busy} onAccept={() => void actions.acceptPledge()} />;
  return (
    <CardStep
      card={data.card}
      ladderLevel={data.level}
      ask={data.cardAsk}
      done={data.cardDone}
      firstRun={data.isFirstRun}
      status={state.cardStatus}
      busy={state.busy}
      browseLink={<PageLink href="/asks.html" label={t('browseAsks')} />}
      onStart={() => data.cardAsk && void actions.start(data.cardAsk)}
      onAction={(action) => void actions.actOnCard(action)}
      onHide={(askId) => void actions.hideAsk(askId)}
      onUndoHide={state.hiddenUndo ? () => void actions.undoHide() : null}
    />
  );
}

/**
 * The practice loop. With a current snapshot the popup paints it at once and reads the
 * database behind it; without one it paints once the database has been read.
 */
export function PopupApp({ snapshot }: { snapshot: PopupData | null }) {
  const { state, actions, correction } = usePopup(snapshot);
  const { data } = state;
  useReadyMark(data !== null || state.unavailable);
  if (!data) return state.unavailable ? <StorageUnavailable /> : null;

  const step = STEPS[data.flow.step]?.({ data, state, actions, correction }) ?? null;
  return (
    // Where the first paint came from, and whether the store of record has been read since:
    // what the tests and the benchmark check.
    <main class="popup stack" data-painted-from={snapshot ? 'snapshot' : 'database'} data-fresh={state.fresh}>
      <h1>{t('popupTitle')}</h1>
      {state.unavailable && <StorageUnavailable />}
      <CorrectionNotice correction={correction} busy={state.busy} />
      {state.failed && (
        <p role="alert" class="notice notice--error" data-testid="save-failed">
          {t('saveFailed')}
        </p>
      )}
      {step ?? <Home data={data} state={state} actions={actions} correction={correction} />}
      {!step && (
        <>
          <UnreflectedList
            attempts={data.unreflected}
            busy={state.busy}
            onReflect={(a) => void actions.openReflection(a)}
          />
          <AwaitingList
            attempts={data.awaiting}
            total={data.awaitingTotal}
            loadAll={loadAllAwaiting}
            now={data.now}
            busy={state.busy}
            closed={data.recentlyClosed}
            onUndoClose={(id) => void actions.undoClose(id)}
            actions={{
              onAnswer: (a) => void actions.openAnswer(a),
              onFollowUp: (a) => void actions.openFollowUp(a),
              onClose: (a) => void actions.closeAsNoReply(a),
            }}
          />
          <p class="hint" data-testid="popup-week-count">
            {t('popupWeekCount', String(data.weekCount))}{' '}
            <PageLink href="/newtab.html" label={t('popupOpenProgress')} />
          </p>
        </>
      )}
    </main>
  );
}
