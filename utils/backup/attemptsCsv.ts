import Papa from 'papaparse';
import { dayKey } from '../dates';
import type { Attempt } from '../db/schema';
import type { MessageKey } from '../i18n';
import type { Translate } from './importProblems';

// The asks as a spreadsheet, one row an ask, for reading and charting elsewhere. It is not a
// backup (the JSON file is): it cannot be imported back.

/** What a spreadsheet would run as a formula, at the start of a cell, whatever follows it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Starts the file so spreadsheet programs read it as UTF-8 (accents, quotes, emoji). */
export const UTF8_BOM = '\uFEFF';

const ANSWER: Record<string, MessageKey> = {
  yes: 'outcomeYes',
  partly: 'outcomePartly',
  no: 'outcomeNo',
  noReply: 'csvNoReply',
};

const STATE: Record<Attempt['state'], MessageKey> = {
  committed: 'csvStateCommitted',
  awaiting: 'csvStateAwaiting',
  answered: 'csvStateAnswered',
  closed: 'csvStateClosed',
};

const COLUMNS: MessageKey[] = [
  'csvColumnDate',
  'csvColumnAsk',
  'csvColumnCategory',
  'csvColumnLevel',
  'csvColumnState',
  'csvColumnForecast',
  'csvColumnFelt',
  'csvColumnExpectedAnswer',
  'csvColumnAnswer',
  'csvColumnBelief',
  'csvColumnReflectExpected',
  'csvColumnReflectHappened',
  'csvColumnReflectThoughts',
  'csvColumnReflectBelief',
];

function categoryName(category: string, t: Translate): string {
  // Catalogue categories have names; a custom category is shown as stored.
  const name = category ? t(`category_${category}` as MessageKey) : '';
  return name || category;
}

function row(attempt: Attempt, t: Translate): (string | number)[] {
  const answerKey = attempt.outcome ? ANSWER[attempt.outcome] : undefined;
  const expectedKey = attempt.expectedAnswer ? ANSWER[attempt.expectedAnswer] : undefined;
  const reflection = attempt.reflection;
  return [
    attempt.doneDay ?? dayKey(attempt.committedAt),
    attempt.askTitle,
    categoryName(attempt.category, t),
    attempt.level,
    t(STATE[attempt.state]),
    attempt.forecastDiscomfort ?? '',
    attempt.actualDiscomfort ?? '',
    expectedKey ? t(expectedKey) : '',
    answerKey ? t(answerKey) : '',
    attempt.belief ?? '',
    reflection?.expected ?? '',
    reflection?.happened ?? '',
    reflection?.thoughtsFeelings ?? '',
    reflection?.beliefUpdate ?? '',
  ];
}

/**
 * The CSV text, oldest ask first. Cells a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) are written with a leading apostrophe, so a reflection
 * can never become a live formula on someone's machine.
 */
export function attemptsToCsv(attempts: readonly Attempt[], t: Translate): string {
  const sorted = [...attempts].sort((a, b) => a.committedAt - b.committedAt);
  const csv = Papa.unparse(
    { fields: COLUMNS.map((key) => t(key)), data: sorted.map((attempt) => row(attempt, t)) },
    // papaparse's own pattern for `true` ends in `.*$`, which misses a cell with a line break.
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return UTF8_BOM + csv;
}
