import { useEffect, useRef, useState } from 'preact/hooks';
import { ensurePersistentStorage } from '../../utils/browser/persistentStorage';
import { getSettingsStore } from '../../utils/browser/settingsStore';
import { CATEGORY_IDS, type CategoryId, NEED_IDS, type NeedId } from '../../utils/catalogue/types';
import { getLadderPosition, setLadderLevel } from '../../utils/db/ladder';
import { t } from '../../utils/i18n';
import type { StartingAnswers } from '../../utils/ladder/startingLevel';
import { isValidWeeklyGoal, type Settings } from '../../utils/settings';
import { loadDatabase } from '../shared/loadDatabase';
import { PledgeBox } from '../shared/PledgeBox';
import { usePromise } from '../shared/usePromise';
import { useReadyMark } from '../shared/useReadyMark';
import { FocusStep } from './FocusStep';
import { GoalStep } from './GoalStep';
import { LevelStep } from './LevelStep';
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

type LadderRead = { status: 'ready'; value: { level: number; practised: boolean } } | { status: 'error' };
type Ladder = 'loading' | LadderRead;

function Steps({ initial, ladder: firstLadder }: { initial: Settings; ladder: Ladder }) {
  const store = getSettingsStore();
  const [index, setIndex] = useState(0);
  const [focus, setFocus] = useState<ReadonlySet<CategoryId>>(new Set(initial.focusCategories));
  const [needs, setNeeds] = useState<ReadonlySet<NeedId>>(new Set(initial.lifeNeeds ?? []));
  /** Whether the person has said what fits their life: until then every ask is dealt. */
  const [needsSaid, setNeedsSaid] = useState(initial.lifeNeeds !== null);
  const [answers, setAnswers] = useState<StartingAnswers>({});
  /** The level to save: null until the person picks one or takes the suggestion. */
  const [level, setLevel] = useState<number | null>(null);
  const [levelPicked, setLevelPicked] = useState(false);
  const [pledged, setPledged] = useState(initial.pledgeAcceptedAt !== null);
  const [pledgeGiven, setPledgeGiven] = useState(initial.pledgeAcceptedAt !== null);
  const [goal, setGoal] = useState(String(initial.weeklyGoal));
  const [goalInvalid, setGoalInvalid] = useState(false);
  // Read again after a restore or a skip: what is stored then is what the page shows.
  const [reread, setReread] = useState<LadderRead | null>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const step: OnboardingStep = ONBOARDING_STEPS[index] ?? 'ready';
  const ladder = reread ?? firstLadder;
  const storageMissing = ladder !== 'loading' && ladder.status === 'error';
  const current = ladder !== 'loading' && ladder.status === 'ready' ? ladder.value : null;
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

  /** Shows what is stored now (after a restore, or when the rest is skipped). */
  async function adoptStored() {
    const [settings, read] = await Promise.all([
      store.get(),
      readLadder().then(
        (value): LadderRead => ({ status: 'ready', value }),
        (): LadderRead => ({ status: 'error' }),
      ),
    ]);
    setFocus(new Set(settings.focusCategories));
    setNeeds(new Set(settings.lifeNeeds ?? []));
    setNeedsSaid(settings.lifeNeeds !== null);
    setGoal(String(settings.weeklyGoal));
    setPledged(settings.pledgeAcceptedAt !== null);
    setPledgeGiven(settings.pledgeAcceptedAt !== null);
    setLevel(null);
    setLevelPicked(false);
    setReread(read);
  }

  async function save(): Promise<boolean> {
    const now = Date.now();
    switch (step) {
      case 'focus':
        await store.set({
          focusCategories: CATEGORY_IDS.filter((id) => focus.has(id)),
          ...(needsSaid && { lifeNeeds: NEED_IDS.filter((id) => needs.has(id)) }),
        });
        return true;
      case 'level':
        // Without storage the level cannot be kept (the step said so): practice starts at 1.
        if (!storageMissing && level !== null)
          await setLadderLevel(await loadDatabase(), level, now, 'onboarding');
        return true;
      case 'pledge':
        if (!pledged) {
          setProblem(t('onboardingPledgeNeeded'));
          return false;
        }
        if (!pledgeGiven) {
          await store.set({ pledgeAcceptedAt: now });
          setPledgeGiven(true);
        }
        return true;
      case 'goal':
        if (goal.trim() === '' || !isValidWeeklyGoal(Number(goal))) {
          setGoalInvalid(true);
          setProblem(t('optionsGoalInvalid'));
          return false;
        }
        setGoalInvalid(false);
        await store.set({ weeklyGoal: Number(goal) });
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
    // Skipped: the defaults (or what was saved so far) stand, and the last step shows them;
    // the pledge, if not given, is asked for before the first card instead.
    await adoptStored().catch((error: unknown) => console.warn('Ask Anyway: settings not read', error));
    go(ONBOARDING_STEPS.indexOf('ready'));
  }

  const last = step === 'ready';
  // The level step waits for the ladder to be read, so a returning person's level is never
  // saved over with a default.
  const waiting = step === 'level' && ladder === 'loading';
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
      {step === 'focus' && (
        <FocusStep
          focus={focus}
          onChange={setFocus}
          needs={needs}
          onNeedsChange={(next) => {
            setNeeds(next);
            setNeedsSaid(true);
          }}
        />
      )}
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
              // The suggestion is taken unless the person picked a level, or already practises.
              if (suggested !== null && !levelPicked && !current?.practised) setLevel(suggested);
            }}
            onLevel={(picked) => {
              setLevel(picked);
              setLevelPicked(true);
            }}
          />
        </>
      )}
      {step === 'pledge' && <PledgeBox ticked={pledged} onTick={setPledged} />}
      {step === 'goal' && (
        <GoalStep
          goal={goal}
          invalid={goalInvalid}
          remindersOn={initial.reminders.enabled}
          onGoal={(value) => {
            setGoal(value);
            setGoalInvalid(false);
          }}
        />
      )}
      {step === 'ready' && (
        <ReadyStep
          focus={CATEGORY_IDS.filter((id) => focus.has(id))}
          level={shownLevel}
          goal={goal}
          storageMissing={storageMissing}
          onRestored={() => void adoptStored()}
        />
      )}
      <p
        id="onboarding-problem"
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
          <button type="submit" disabled={busy || waiting}>
            {step === 'goal' ? t('onboardingFinish') : t('onboardingNextStep')}
          </button>
        )}
      </div>
    </form>
  );
}
