import * as v from 'valibot';
import { DAY_MS, MAX_LEVEL, MIN_LEVEL } from '../ladder/rules';
import { RATING_MAX, RATING_MIN, REFLECTION_MAX_CHARS } from '../ratings';
import type { BackupStore } from './backupFormat';

// One schema per stored row, for the import boundary. Each check carries a rule code as its
// message (see importProblems.ts), which the options page turns into words for people.

/**
 * Far enough back for any real history (and a clock once set years wrong), near enough to
 * refuse junk: 1900, the epoch, negative times.
 */
export const EARLIEST_DATE = Date.UTC(2010, 0, 1);
/** Another device's clock may run ahead of this one's, but not by days. */
const CLOCK_SLACK_MS = 2 * DAY_MS;

const ID_MAX = 100;
const TITLE_MAX = 500;
const KEY_MAX = 200;

const wholeNumberFrom = (min: number, max: number, rule: string) =>
  v.pipe(v.number(rule), v.integer(rule), v.minValue(min, rule), v.maxValue(max, rule));

const rating = () => wholeNumberFrom(RATING_MIN, RATING_MAX, 'rating');
const level = () => wholeNumberFrom(MIN_LEVEL, MAX_LEVEL, 'level');
/** A mean of ratings, as the safety card recorded it (one decimal). */
const mean = () =>
  v.pipe(v.number('rating'), v.minValue(RATING_MIN, 'rating'), v.maxValue(RATING_MAX, 'rating'));
const text = (max: number) => v.pipe(v.string(`text:${max}`), v.maxLength(max, `text:${max}`));
const id = () =>
  v.pipe(v.string('id'), v.minLength(1, 'id'), v.maxLength(ID_MAX, 'id'), v.regex(/^[\w.:-]+$/, 'id'));
/** Category and channel names: catalogue ids, or what a custom ask chose. */
const identifier = () => v.pipe(v.string('identifier'), v.regex(/^[a-z0-9-]{0,40}$/, 'identifier'));
const choice = <const T extends readonly string[]>(options: T) =>
  v.picklist(options, `choice:${options.join('|')}`);
const flag = () => v.boolean('flag');
const rowId = () => wholeNumberFrom(1, Number.MAX_SAFE_INTEGER, 'rowId');

function isRealDay(value: string): boolean {
  const [y = 0, m = 0, d = 0] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function rowSchemas(now: number) {
  const latest = now + CLOCK_SLACK_MS;
  const date = () => wholeNumberFrom(EARLIEST_DATE, latest, 'date');
  const firstDay = new Date(EARLIEST_DATE).toISOString().slice(0, 10);
  const lastDay = new Date(latest).toISOString().slice(0, 10);
  const day = () =>
    v.pipe(
      v.string('day'),
      v.regex(/^\d{4}-\d{2}-\d{2}$/, 'day'),
      v.check(isRealDay, 'day'),
      v.check((value) => value >= firstDay && value <= lastDay, 'day'),
    );

  const reflection = v.strictObject(
    {
      expected: text(REFLECTION_MAX_CHARS),
      happened: text(REFLECTION_MAX_CHARS),
      thoughtsFeelings: text(REFLECTION_MAX_CHARS),
      beliefUpdate: text(REFLECTION_MAX_CHARS),
      reflectedAt: v.optional(date()),
    },
    'unknownField',
  );

  const attempts = v.strictObject(
    {
      id: id(),
      askSource: choice(['catalogue', 'custom', 'quick'] as const),
      askId: v.pipe(v.string('id'), v.maxLength(ID_MAX, 'id')),
      askTitle: text(TITLE_MAX),
      level: level(),
      category: identifier(),
      state: choice(['committed', 'awaiting', 'answered', 'closed'] as const),
      committedAt: date(),
      forecastDiscomfort: v.optional(rating()),
      expectedAnswer: v.optional(choice(['yes', 'partly', 'no'] as const)),
      belief: v.optional(text(REFLECTION_MAX_CHARS)),
      doneAt: v.optional(date()),
      doneDay: v.optional(day()),
      outcome: v.optional(choice(['yes', 'partly', 'no', 'noReply'] as const)),
      actualDiscomfort: v.optional(rating()),
      answeredAt: v.optional(date()),
      followUpDueAt: v.optional(wholeNumberFrom(EARLIEST_DATE, latest + 400 * DAY_MS, 'date')),
      followUpSentAt: v.optional(date()),
      reflection: v.optional(reflection),
      updatedAt: date(),
    },
    'unknownField',
  );

  const customAsks = v.strictObject(
    {
      id: id(),
      title: text(TITLE_MAX),
      whatToDo: text(REFLECTION_MAX_CHARS),
      doneWhen: text(REFLECTION_MAX_CHARS),
      level: level(),
      category: identifier(),
      channel: identifier(),
      minutes: wholeNumberFrom(0, 24 * 60, 'minutes'),
      awaitsReply: flag(),
      template: text(REFLECTION_MAX_CHARS),
      respectNote: text(REFLECTION_MAX_CHARS),
      createdAt: date(),
      updatedAt: date(),
      archivedAt: v.optional(date()),
    },
    'unknownField',
  );

  const ladderEvents = v.strictObject(
    { id: rowId(), at: date(), from: level(), to: level(), reason: text(TITLE_MAX) },
    'unknownField',
  );

  const cardEvents = v.strictObject(
    {
      id: rowId(),
      at: date(),
      day: day(),
      askId: id(),
      action: choice(['shown', 'swap', 'easier', 'notToday', 'pick'] as const),
    },
    'unknownField',
  );

  const safetyEvents = v.strictObject(
    {
      id: rowId(),
      at: date(),
      kind: choice([
        'risingDiscomfort',
        'avoidance',
        'feltMuchWorse',
        'distressAtBottom',
        'steppedDown',
      ] as const),
      attemptId: v.optional(id()),
      actual: v.optional(rating()),
      forecast: v.optional(rating()),
      recentMean: v.optional(mean()),
      earlierMean: v.optional(mean()),
      skips: v.optional(wholeNumberFrom(0, 10_000, 'skips')),
      because: v.optional(choice(['feltMuchWorse', 'risingDiscomfort'] as const)),
      level: v.optional(level()),
      choice: v.optional(choice(['stepDown', 'pause', 'carryOn'] as const)),
      choiceAt: v.optional(date()),
    },
    'unknownField',
  );

  const drafts = v.strictObject(
    {
      key: v.pipe(v.string('key'), v.minLength(1, 'key'), v.maxLength(KEY_MAX, 'key')),
      // valibot's record accepts an array and returns {}: the file would not be imported as it says.
      fields: v.pipe(
        v.unknown(),
        v.check((value) => !Array.isArray(value), 'fields'),
        v.record(v.pipe(v.string('key'), v.maxLength(KEY_MAX, 'key')), text(REFLECTION_MAX_CHARS), 'fields'),
      ),
      updatedAt: date(),
    },
    'unknownField',
  );

  // Every meta value has the shape its reader expects: a wrong one would be read as it is
  // (the popup's step, today's card, the ladder's last decision) and could break a page.
  const count = () => wholeNumberFrom(0, 1_000, 'metaKey');
  const decision = v.strictObject(
    {
      from: level(),
      to: level(),
      reason: v.variant('code', [
        v.strictObject({ code: v.literal('upEasy'), count: count() }),
        v.strictObject({ code: v.literal('downVeryHard'), actual: rating() }),
        v.strictObject({ code: v.literal('downTwoHard') }),
        v.strictObject({ code: v.literal('downAvoidance'), skips: count() }),
        v.strictObject({ code: v.literal('stayTop') }),
        v.strictObject({ code: v.literal('stayBottom') }),
        v.strictObject({ code: v.literal('stayProgress'), easy: count(), needed: count() }),
      ]),
    },
    'metaKey',
  );
  const attemptStep = (step: string) => v.strictObject({ step: v.literal(step), attemptId: id() });
  const popupFlow = v.union([
    v.strictObject({ step: v.literal('card') }),
    v.strictObject({ step: v.literal('forecast'), askId: id() }),
    ...['doing', 'outcome', 'answer', 'followUp', 'reflect'].map(attemptStep),
    v.strictObject({ step: v.literal('summary'), attemptId: id(), decision: v.nullable(decision) }),
  ]);
  const todayCard = v.strictObject({
    day: day(),
    level: level(),
    askId: v.nullable(id()),
    easier: flag(),
    notToday: flag(),
    swappedAway: v.pipe(v.array(id()), v.maxLength(500)),
    forLevel: v.optional(level()),
  });
  const metaRow = <K extends v.GenericSchema, V extends v.GenericSchema>(key: K, value: V) =>
    v.strictObject({ key, value }, 'unknownField');
  const meta = v.union(
    [
      metaRow(
        v.literal('ladder'),
        v.strictObject({ level: level(), since: v.union([v.literal(0), date()], 'dateOrZero') }, 'metaKey'),
      ),
      metaRow(v.literal('ladderOutlook'), decision),
      metaRow(v.literal('popupFlow'), popupFlow),
      metaRow(v.literal('todayCard'), todayCard),
      metaRow(v.literal('respectChecklistConfirmedAt'), date()),
      metaRow(v.literal('statsVerifiedDay'), day()),
      metaRow(
        v.literal('hiddenAsks'),
        v.pipe(v.array(v.strictObject({ askId: id(), at: date() }, 'metaKey')), v.maxLength(5_000)),
      ),
      metaRow(v.literal('lastClosedNoReply'), v.strictObject({ attemptId: id(), at: date() }, 'metaKey')),
      metaRow(v.pipe(v.string(), v.regex(/^decision:[\w.:-]{1,100}$/)), v.nullable(decision)),
    ],
    'metaKey',
  );

  return { attempts, customAsks, ladderEvents, cardEvents, safetyEvents, drafts, meta } satisfies Record<
    BackupStore,
    v.GenericSchema
  >;
}
