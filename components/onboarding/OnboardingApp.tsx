import { useEffect, useRef, useState } from 'preact/hooks';
import { ensurePersistentStorage } from '../../utils/browser/persistentStorage';
import { getSettingsStore } from '../../utils/browser/settingsStore';
import { CATEGORY_IDS, type CategoryId } from '../../utils/catalogue/types';
import { getLadderPosition, setLadderLevel } from '../../utils/db/ladder';
import { t } from '../../utils/i18n';
import type { StartingAnswers } from '../../utils/ladder/startingLevel';
import { isValidWeeklyGoal, type Settings } from '../../utils/settings';
import { loadDatabase } from '../shared/loadDatabase';
import { usePromise } from '../shared/usePromise';
import { useReadyMark } from '../shared/useReadyMark';
import { FocusStep } from './FocusStep';
import { GoalStep } from './GoalStep';
import { LevelStep } from './LevelStep';
import { PledgeBox } from './PledgeBox';
import { ReadyStep } from './ReadyStep';
import { ONBOARDING_STEPS, type OnboardingStep, STEP_HEADING } from './steps';

/** Where the ladder stands, when this browser lets us keep data at all. */
async function readLadder(): Promise<{ level: number; practised: boolean }> {
  const db = await loadDatabase();
  const [position, anyAttempt] = await Promise.all([
    getLadderPosition(db),
    db.attempts.limit(1).primaryKeys(),
  ]);
  return { level: position.level, practised: position.since > 0 || anyAttempt.length > 0 };
}

/** The page opened on install: a few short steps, each skippable, each saved as it is left. */
export function OnboardingApp() {
  const store = getSettingsStore();
  // Settings live in the browser's own storage: this page never waits on IndexedDB for them.
  const settings = usePromise(() => store.get(), [store]);
  const ladder = usePromise(readLadder, []);
  useReadyMark(settings.status !== 'loading');
  // Asked on the first page a person sees, so the browser keeps their data from day one.
  useEffect(() => void ensurePersistentStorage(), []);
  if (settings.status === 'loading') return null;
  return (
    <main class="page stack onboarding">
      <h1>{t('onboardingTitle')}</h1>
      {settings.status === 'error' ? (
        <p role="alert" class="notice notice--error">
          {t('storageUnavailable')}
        </p>
      ) : (
        <Steps initial={settings.value} ladder={ladder.status === 'loading' ? 'loading' : ladder} />
      )}
    </main>
  );
}

type Ladder =
  | 'loading'
  | { status: 'ready'; value: { level: number; practised: boolean } }
  | { status: 'error' };

function Steps({ initial, ladder }: { initial: Settings; ladder: Ladder }) {
  const store = getSettingsStore();
  const [index, setIndex] = useState(0);
  const [focus, setFocus] = useState<ReadonlySet<CategoryId>>(new Set(initial.focusCategories));
  const [answers, setAnswers] = useState<StartingAnswers>({});
  const [level, setLevel] = useState<number | null>(null);
  const [pledged, setPledged] = useState(initial.pledgeAcceptedAt !== null);
  const [goal, setGoal] = useState(String(initial.weeklyGoal));
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const step: OnboardingStep = ONBOARDING_STEPS[index] ?? 'ready';
  const storageMissing = typeof ladder === 'object' && ladder.status === 'error';
  const current = typeof ladder === 'object' && ladder.status === 'ready' ? ladder.value : null;
  // Someone seeing the introduction again keeps their level unless they choose another.
  const shownLevel = level ?? current?.level ?? 1;

  // Keyboard and screen-reader users land on each new step's heading (not on first load).
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);

  function go(to: number) {
    moved.current = true;
    setProblem('');
    setIndex(Math.max(0, Math.min(ONBOARDING_STEPS.length - 1, to)));
  }

  async function save(): Promise<boolean> {
    const now = Date.now();
    switch (step) {
      case 'focus':
        await store.set({ focusCategories: CATEGORY_IDS.filter((id) => focus.has(id)) });
        return true;
      case 'level':
        // Without storage the level cannot be kept (the step said so): practice starts at 1.
        if (!storageMissing) await setLadderLevel(await loadDatabase(), shownLevel, now, 'onboarding');
        return true;
      case 'pledge':
        if (!pledged) {
          setProblem(t('onboardingPledgeNeeded'));
          return false;
        }
        if (initial.pledgeAcceptedAt === null) await store.set({ pledgeAcceptedAt: now });
        return true;
      case 'goal':
        if (!isValidWeeklyGoal(Number(goal)) || goal.trim() === '') {
          setProblem(t('optionsGoalInvalid'));
          return false;
        }
        await store.set({ weeklyGoal: Number(goal), introducedAt: now });
        return true;
      default:
        return true;
    }
  }

  async function next(event: Event) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      if (await save()) go(index + 1);
    } catch (error) {
      console.warn('Ask Anyway: introduction step not saved', error);
      setProblem(t('saveFailed'));
    } finally {
      setBusy(false);
    }
  }

  async function skip() {
    // Skipped: the defaults stand, and the pledge is asked for before the first card instead.
    try {
      await store.set({ introducedAt: Date.now() });
    } catch (error) {
      console.warn('Ask Anyway: introduction not marked as seen', error);
    }
    go(ONBOARDING_STEPS.indexOf('ready'));
  }

  const last = step === 'ready';
  return (
    <form
      class="card stack onboarding__step"
      onSubmit={next}
      noValidate
      data-step={step}
      data-testid="onboarding-step"
    >
      <div class="onboarding__top">
        <p class="hint" data-testid="onboarding-progress">
          {t('onboardingStepOf', [String(index + 1), String(ONBOARDING_STEPS.length)])}
        </p>
        {!last && (
          <button type="button" class="link" onClick={() => void skip()} data-testid="onboarding-skip">
            {t('onboardingSkip')}
          </button>
        )}
      </div>
      <h2 id="onboarding-heading" tabIndex={-1} ref={heading}>
        {t(STEP_HEADING[step])}
      </h2>
      {step === 'welcome' && (
        <>
          <p>{t('onboardingIntro')}</p>
          <p>{t('onboardingIsNot')}</p>
          <p>
            {t('onboardingReinstalling')}{' '}
            <button type="button" class="link" onClick={() => go(ONBOARDING_STEPS.indexOf('ready'))}>
              {t('onboardingRestoreLink')}
            </button>
          </p>
        </>
      )}
      {step === 'focus' && <FocusStep focus={focus} onChange={setFocus} />}
      {step === 'level' && (
        <>
          {storageMissing && (
            <p class="notice" role="note">
              {t('onboardingLevelNoStorage')}
            </p>
          )}
          <LevelStep
            answers={answers}
            level={shownLevel}
            onAnswer={(next, suggested) => {
              setAnswers(next);
              // The suggestion is taken unless the person has chosen a level themselves.
              if (suggested !== null && !current?.practised) setLevel(suggested);
            }}
            onLevel={setLevel}
          />
        </>
      )}
      {step === 'pledge' && <PledgeBox ticked={pledged} onTick={setPledged} />}
      {step === 'goal' && <GoalStep goal={goal} invalid={problem !== ''} onGoal={setGoal} />}
      {step === 'ready' && (
        <ReadyStep
          focus={CATEGORY_IDS.filter((id) => focus.has(id))}
          level={shownLevel}
          goal={goal}
          storageMissing={storageMissing}
        />
      )}
      <p
        role="alert"
        class={problem ? 'notice notice--error' : 'visually-hidden'}
        data-testid="onboarding-problem"
      >
        {problem}
      </p>
      <div class="actions">
        {index > 0 && (
          <button type="button" class="secondary" onClick={() => go(index - 1)}>
            {t('onboardingBack')}
          </button>
        )}
        {!last && (
          <button type="submit" disabled={busy}>
            {step === 'goal' ? t('onboardingFinish') : t('onboardingNextStep')}
          </button>
        )}
      </div>
    </form>
  );
}
