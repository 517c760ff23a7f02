import type { BaseIssue } from 'valibot';
import type { MessageKey } from '../i18n';
import type { BackupStore } from './backupFormat';

// What can be wrong with a file offered for import, as data: the options page says it in
// words (describeProblem), tests check the codes and the words.

export type FileProblem =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; megabytes: number; limitMegabytes: number }
  | { kind: 'notUtf8' }
  | { kind: 'looksLikeCsv' }
  | { kind: 'notJson' }
  | { kind: 'notBackup' }
  | { kind: 'futureFormat'; version: number }
  | { kind: 'badFormat' }
  | { kind: 'futureSchema'; version: number }
  | { kind: 'badHeader'; field: string }
  | { kind: 'forbiddenKey'; key: string }
  | { kind: 'tooDeep'; limit: number }
  | { kind: 'missingStore'; store: BackupStore }
  | { kind: 'tooManyRows'; store: BackupStore; limit: number }
  | { kind: 'countMismatch'; store: BackupStore; header: number; actual: number };

export type RowRule =
  | 'rating'
  | 'level'
  | 'date'
  | 'day'
  | 'text'
  | 'id'
  | 'identifier'
  | 'choice'
  | 'flag'
  | 'rowId'
  | 'minutes'
  | 'key'
  | 'fields'
  | 'dateOrZero'
  | 'missing'
  | 'unknownField'
  | 'notAnObject'
  | 'metaKey'
  | 'duplicateId'
  | 'stateMismatch';

export interface RowProblem {
  kind: 'row';
  store: BackupStore;
  /** 1-based position in the store's list, as a person counts. */
  row: number;
  /** Dotted path of the field ('reflection.happened'); empty for the row as a whole. */
  field: string;
  rule: RowRule;
  /** The text limit for 'text', the allowed values for 'choice'. */
  limit?: number;
  choices?: string[];
}

export type ImportProblem = FileProblem | RowProblem;

const RULES = new Set<string>([
  'rating',
  'level',
  'date',
  'day',
  'text',
  'id',
  'identifier',
  'choice',
  'flag',
  'rowId',
  'minutes',
  'key',
  'fields',
  'dateOrZero',
  'unknownField',
  'metaKey',
]);

/** A schema issue on one row as a RowProblem: the rule code travels as the issue's message. */
export function rowProblemFromIssue(store: BackupStore, row: number, issue: BaseIssue<unknown>): RowProblem {
  const path = (issue.path ?? []).map((item) => String(item.key));
  const [code = '', param = ''] = issue.message.split(':');
  const unknownKey = code === 'unknownField' && issue.expected === 'never';
  const missing = issue.input === undefined && !unknownKey && path.length > 0;
  let rule: RowRule = RULES.has(code) ? (code as RowRule) : 'notAnObject';
  if (missing) rule = 'missing';
  else if (code === 'unknownField' && !unknownKey) rule = 'notAnObject';
  const problem: RowProblem = { kind: 'row', store, row, field: path.join('.'), rule };
  if (rule === 'text') problem.limit = Number(param);
  if (rule === 'choice') problem.choices = param.split('|');
  return problem;
}

export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

const STORE_ROW: Record<BackupStore, MessageKey> = {
  attempts: 'importWhereAttempt',
  customAsks: 'importWhereCustomAsk',
  ladderEvents: 'importWhereLadderEvent',
  cardEvents: 'importWhereCardEvent',
  safetyEvents: 'importWhereSafetyEvent',
  drafts: 'importWhereDraft',
  meta: 'importWhereMeta',
};

const STORE_NAME: Record<BackupStore, MessageKey> = {
  attempts: 'importStoreAttempts',
  customAsks: 'importStoreCustomAsks',
  ladderEvents: 'importStoreLadderEvents',
  cardEvents: 'importStoreCardEvents',
  safetyEvents: 'importStoreSafetyEvents',
  drafts: 'importStoreDrafts',
  meta: 'importStoreMeta',
};

/** Names people know for the fields they typed or chose; others are quoted as stored. */
const FIELD_LABEL: Record<string, MessageKey> = {
  forecastDiscomfort: 'importFieldForecast',
  actualDiscomfort: 'importFieldFelt',
  level: 'importFieldLevel',
  from: 'importFieldLevel',
  to: 'importFieldLevel',
  expectedAnswer: 'importFieldExpected',
  outcome: 'importFieldAnswer',
  state: 'importFieldState',
  askTitle: 'importFieldAsk',
  title: 'importFieldAsk',
  belief: 'importFieldBelief',
  committedAt: 'importFieldDate',
  doneAt: 'importFieldDate',
  doneDay: 'importFieldDate',
  updatedAt: 'importFieldDate',
  createdAt: 'importFieldDate',
  at: 'importFieldDate',
  day: 'importFieldDate',
  id: 'importFieldId',
  key: 'importFieldId',
};

const RULE_TEXT: Record<RowRule, MessageKey> = {
  rating: 'importRuleRating',
  level: 'importRuleLevel',
  date: 'importRuleDate',
  dateOrZero: 'importRuleDate',
  day: 'importRuleDay',
  text: 'importRuleText',
  id: 'importRuleId',
  rowId: 'importRuleRowId',
  key: 'importRuleId',
  identifier: 'importRuleIdentifier',
  choice: 'importRuleChoice',
  flag: 'importRuleFlag',
  minutes: 'importRuleMinutes',
  fields: 'importRuleFields',
  missing: 'importRuleMissing',
  unknownField: 'importRuleUnknownField',
  notAnObject: 'importRuleNotAnObject',
  metaKey: 'importRuleMetaKey',
  duplicateId: 'importRuleDuplicateId',
  stateMismatch: 'importRuleStateMismatch',
};

function fieldName(field: string, t: Translate): string {
  if (field === '') return t('importFieldRow');
  const last = field.split('.').at(-1) ?? field;
  const label = FIELD_LABEL[last];
  return label ? t(label) : `“${field}”`;
}

/** The problem in plain words: what was wrong and where. */
export function describeProblem(problem: ImportProblem, t: Translate): string {
  switch (problem.kind) {
    case 'row': {
      const where = t(STORE_ROW[problem.store], String(problem.row));
      const detail =
        problem.rule === 'text'
          ? String(problem.limit ?? '')
          : problem.rule === 'choice'
            ? (problem.choices ?? []).join(', ')
            : '';
      return t(RULE_TEXT[problem.rule], [where, fieldName(problem.field, t), detail]);
    }
    case 'tooLarge':
      return t('importProblemTooLarge', [String(problem.megabytes), String(problem.limitMegabytes)]);
    case 'futureFormat':
      return t('importProblemFutureFormat', String(problem.version));
    case 'futureSchema':
      return t('importProblemFutureSchema', String(problem.version));
    case 'badHeader':
      return t('importProblemBadHeader', problem.field);
    case 'forbiddenKey':
      return t('importProblemForbiddenKey', problem.key);
    case 'tooDeep':
      return t('importProblemTooDeep', String(problem.limit));
    case 'missingStore':
      return t('importProblemMissingStore', t(STORE_NAME[problem.store]));
    case 'tooManyRows':
      return t('importProblemTooManyRows', [
        t(STORE_NAME[problem.store]),
        problem.limit.toLocaleString('en'),
      ]);
    case 'countMismatch':
      return t('importProblemCountMismatch', [
        t(STORE_NAME[problem.store]),
        String(problem.header),
        String(problem.actual),
      ]);
    case 'empty':
      return t('importProblemEmpty');
    case 'notUtf8':
      return t('importProblemNotUtf8');
    case 'looksLikeCsv':
      return t('importProblemCsv');
    case 'notJson':
      return t('importProblemNotJson');
    case 'notBackup':
      return t('importProblemNotBackup');
    case 'badFormat':
      return t('importProblemBadFormat');
  }
}
