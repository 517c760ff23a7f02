import type { Attempt, Outcome, Reflection } from './db/schema';
import { parseRating, REFLECTION_MAX_CHARS } from './ratings';

// Correcting a logged ask: what the person entered (the answer, how it felt, the reflection)
// and nothing the product worked out from it. Pure, so the popup and the new tab check and
// apply an edit by the same rules.

export type ReflectionTexts = Omit<Reflection, 'reflectedAt'>;

export const REFLECTION_FIELDS = ['expected', 'happened', 'thoughtsFeelings', 'beliefUpdate'] as const;

/** The answers an ask that has one can be corrected to ("no reply": silence was the answer). */
export const EDIT_OUTCOMES: readonly Outcome[] = ['yes', 'partly', 'no', 'noReply'];

export interface AttemptEdit {
  /** The answer: only for an ask that has one (see hasAnswer). */
  outcome?: Outcome;
  actualDiscomfort: number;
  reflection: ReflectionTexts;
}

export type AttemptEditProblem = 'outcomeMissing' | 'ratingMissing';

/** An ask whose answer came (or was closed as no reply); one still waiting has none to correct. */
export function hasAnswer(attempt: Attempt): boolean {
  return attempt.state === 'answered' || attempt.state === 'closed';
}

/** Only an ask that was done can be corrected; a commitment is let go in the popup instead. */
export function canEdit(attempt: Attempt): boolean {
  return attempt.state !== 'committed';
}

/** The form's fields as stored now: where an edit starts from (a draft overrides each one). */
export function editFieldsOf(attempt: Attempt): Record<string, string> {
  return {
    outcome: hasAnswer(attempt) ? (attempt.outcome ?? '') : '',
    actual: attempt.actualDiscomfort === undefined ? '' : String(attempt.actualDiscomfort),
    ...Object.fromEntries(REFLECTION_FIELDS.map((field) => [field, attempt.reflection?.[field] ?? ''])),
  };
}

/** Reads the form's fields (as typed, each one a string) into an edit, or says what is missing. */
export function readAttemptEdit(
  attempt: Attempt,
  fields: Record<string, string>,
): { edit: AttemptEdit; problems: [] } | { edit: null; problems: AttemptEditProblem[] } {
  const outcome = EDIT_OUTCOMES.find((o) => o.toString() === fields.outcome);
  const actualDiscomfort = parseRating(fields.actual);
  const problems: AttemptEditProblem[] = [];
  if (hasAnswer(attempt) && outcome === undefined) problems.push('outcomeMissing');
  if (actualDiscomfort === undefined) problems.push('ratingMissing');
  if (actualDiscomfort === undefined || problems.length > 0) return { edit: null, problems };
  const reflection = Object.fromEntries(
    REFLECTION_FIELDS.map((field) => [field, (fields[field] ?? '').slice(0, REFLECTION_MAX_CHARS)]),
  ) as unknown as ReflectionTexts;
  return {
    edit: { ...(hasAnswer(attempt) && outcome && { outcome }), actualDiscomfort, reflection },
    problems: [],
  };
}

/**
 * The attempt as corrected. The answer moves it between answered and closed as no reply; a
 * reflection emptied of every word is removed (the ask waits for one again); everything the
 * product recorded (when, which ask, the forecast) stays as it was.
 */
export function applyAttemptEdit(before: Attempt, edit: AttemptEdit, now: number): Attempt {
  const { reflection: _old, ...rest } = before;
  const written = REFLECTION_FIELDS.some((field) => edit.reflection[field].trim() !== '');
  const answer =
    hasAnswer(before) && edit.outcome
      ? edit.outcome === 'noReply'
        ? { state: 'closed' as const, outcome: 'noReply' as const }
        : { state: 'answered' as const, outcome: edit.outcome }
      : {};
  return {
    ...rest,
    ...answer,
    actualDiscomfort: edit.actualDiscomfort,
    ...(written && {
      reflection: { ...edit.reflection, reflectedAt: before.reflection?.reflectedAt ?? now },
    }),
    updatedAt: now,
  };
}

/** Whether an edit changes anything the person entered. */
export function changesAttempt(before: Attempt, after: Attempt): boolean {
  const entered = (a: Attempt) =>
    JSON.stringify([
      a.state,
      a.outcome,
      a.actualDiscomfort,
      REFLECTION_FIELDS.map((field) => a.reflection?.[field] ?? ''),
    ]);
  return entered(before) !== entered(after);
}
