import messages from '../../../../public/_locales/en/messages.json';
import { CATALOGUE } from '../../../../utils/catalogue/asks';
import type { LadderAsk } from '../../../../utils/catalogue/types';
import { addCustomAsk, confirmRespectChecklist } from '../../../../utils/db/customAsks';
import type { AskAnywayDatabase } from '../../../../utils/db/database';
import { saveDraft } from '../../../../utils/db/drafts';
import { actOnTodayCard, getTodayCard, pickTodayCard, setLadderLevel } from '../../../../utils/db/ladder';
import {
  type AskRef,
  answerAwaiting,
  backToCard,
  closeAsNoReply,
  commitAttempt,
  type Forecast,
  finishReflection,
  logOutcome,
  openAnswer,
  openFollowUp,
  openOutcome,
  recordFollowUp,
  startForecast,
} from '../../../../utils/db/practice';
import type { Attempt } from '../../../../utils/db/schema';

// Every time is between 08:00 and 14:00 UTC, so each falls on the same local day from UTC−8 to
// UTC+9: the day keys, weekly stats and today's cards, and so the dump, do not depend on TZ.
// Day 0 is Monday 5 October 2026.
const at = (day: number, hour: number) => Date.UTC(2026, 9, 5 + day, hour);

/** A catalogue ask as the ladder sees it and as an attempt snapshots it. */
function catalogueAsk(id: string): AskRef & LadderAsk {
  const ask = CATALOGUE.find((a) => a.id === id);
  if (!ask) throw new Error(`no catalogue ask ${id}`);
  // The attempt keeps a snapshot of the title the user saw; here, the English one.
  const title = (messages as Record<string, { message: string }>)[`ask_${id}_title`]?.message ?? id;
  return {
    id,
    source: 'catalogue',
    title,
    level: ask.level,
    category: ask.category,
    awaitsReply: ask.awaitsReply,
  };
}

/** The popup's "I'll do it" → forecast → commit, with the forecast typed into a draft first. */
async function commit(db: AskAnywayDatabase, ask: AskRef, forecast: Forecast, now: number): Promise<Attempt> {
  const draftKey = `popup:forecast:${ask.id}`;
  await startForecast(db, ask.id);
  await saveDraft(
    db,
    draftKey,
    {
      forecast: String(forecast.forecastDiscomfort),
      expected: forecast.expectedAnswer,
      belief: forecast.belief,
    },
    now,
  );
  return commitAttempt(db, ask, forecast, now, draftKey);
}

/**
 * Fills every table with realistic rows through the product's own write path: what a user's
 * database looks like while this schema version is the newest. Used to make
 * tests/fixtures/db/v<N>.json. Ids come from a counter instead of crypto.randomUUID so the dump
 * is the same on every run.
 */
export async function seedFixture(db: AskAnywayDatabase): Promise<void> {
  const randomUUID = crypto.randomUUID;
  let next = 0;
  crypto.randomUUID = () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;
  try {
    await seedHistory(db);
  } finally {
    crypto.randomUUID = randomUUID;
  }
}

async function seedHistory(db: AskAnywayDatabase): Promise<void> {
  // Onboarding: the user starts a step up the ladder and writes their own ask.
  await setLadderLevel(db, 2, at(0, 8));
  await confirmRespectChecklist(db, at(0, 8));
  const custom = await addCustomAsk(
    db,
    {
      title: 'Ask my manager for a stretch project',
      whatToDo: 'Send a short message proposing one project and why',
      doneWhen: 'The message is sent',
      level: 2,
      category: 'advocacy',
      channel: 'chat',
      minutes: 10,
      awaitsReply: true,
      template: 'Hi {name}, I would like to take on {project}. Could we talk about it?',
      respectNote: 'If the answer is not now, thank them and ask what would make it possible later.',
    },
    at(0, 8),
  );
  const customRef: AskRef = {
    id: custom.id,
    source: 'custom',
    title: custom.title,
    level: custom.level,
    category: custom.category,
  };

  // Day 0: a swap, then a pick from the list, done and answered, with a reflection.
  await getTodayCard(db, CATALOGUE, [], at(0, 9));
  await actOnTodayCard(db, 'swap', CATALOGUE, [], at(0, 9));
  const paragraph = catalogueAsk('feedback_04');
  await pickTodayCard(db, paragraph, CATALOGUE, [], at(0, 9));
  const answered = await commit(
    db,
    paragraph,
    { forecastDiscomfort: 6, expectedAnswer: 'no', belief: "If I ask, they'll think I can't write" },
    at(0, 10),
  );
  await openOutcome(db, answered.id);
  await logOutcome(db, answered.id, { outcome: 'yes', actualDiscomfort: 2 }, at(0, 11));
  await finishReflection(
    db,
    answered.id,
    {
      expected: 'A polite brush-off',
      happened: 'Two useful suggestions and an offer to look again',
      thoughtsFeelings: 'Nervous before, relieved after',
      beliefUpdate: 'People mostly like being asked',
    },
    at(0, 11),
  );
  await backToCard(db);

  // Day 1: the user's own ask, no reply yet; the reflection is left for later.
  const waiting = await commit(
    db,
    customRef,
    { forecastDiscomfort: 7, expectedAnswer: 'partly', belief: '' },
    at(1, 10),
  );
  await logOutcome(db, waiting.id, { outcome: 'noReply', actualDiscomfort: 3 }, at(1, 12), 3);
  await finishReflection(db, waiting.id, null, at(1, 12));
  await backToCard(db);

  // Day 2: the third easy ask at level 2 moves the ladder up to 3; then an easier card.
  const late = await commit(
    db,
    catalogueAsk('careers_02'),
    { forecastDiscomfort: 8, expectedAnswer: 'no', belief: 'Recruiters ignore questions' },
    at(2, 10),
  );
  await logOutcome(db, late.id, { outcome: 'noReply', actualDiscomfort: 4 }, at(2, 11));
  await finishReflection(db, late.id, null, at(2, 11));
  await backToCard(db);
  await actOnTodayCard(db, 'easier', CATALOGUE, [], at(2, 12));

  // Day 4: a late answer (then reflected on) for one; the other gets its one follow-up, now due.
  await openAnswer(db, late.id);
  await answerAwaiting(db, late.id, 'partly', at(4, 10));
  await finishReflection(
    db,
    late.id,
    {
      expected: 'Silence',
      happened: 'A short, friendly answer two days later',
      thoughtsFeelings: 'Waiting was the hard part',
      beliefUpdate: '',
    },
    at(4, 10),
  );
  await backToCard(db);
  await openFollowUp(db, waiting.id);
  await recordFollowUp(db, waiting.id, at(4, 13));

  // Day 5: no reply, and the popup closed on the reflect step (its ladder decision stays in meta).
  const silent = await commit(
    db,
    catalogueAsk('networking_03'),
    { forecastDiscomfort: 6, expectedAnswer: 'partly', belief: '' },
    at(5, 10),
  );
  await logOutcome(db, silent.id, { outcome: 'noReply', actualDiscomfort: 5 }, at(5, 13));
  // No product code writes safety events yet (a later issue adds it), so this row is by hand.
  await db.safetyEvents.add({ at: at(5, 13), kind: 'feltMuchWorse', attemptId: silent.id });

  // Day 6: nothing today. Day 12: silence was the answer; a new ask is under way, its outcome
  // half typed.
  await actOnTodayCard(db, 'notToday', CATALOGUE, [], at(6, 9));
  await closeAsNoReply(db, silent.id, at(12, 9));
  const pending = await commit(
    db,
    catalogueAsk('pitching_02'),
    { forecastDiscomfort: 5, expectedAnswer: 'yes', belief: '' },
    at(12, 10),
  );
  await openOutcome(db, pending.id);
  await saveDraft(db, `popup:outcome:${pending.id}`, { outcome: 'yes', actual: '4' }, at(12, 11));
  await getTodayCard(db, CATALOGUE, [], at(12, 11));
}
