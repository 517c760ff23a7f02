// Every schema version the extension has shipped. Never edit a shipped entry: add the next
// one, with its upgrade function, and a fixture dumped while it is current
// (tests/fixtures/db/v<N>.json, made by `npm run fixture:db`).

export const DATABASE_NAME = 'ask-anyway';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      attempts: 'id, state, doneDay, committedAt, askId, [state+followUpDueAt]',
      customAsks: 'id, level, category, archivedAt',
      drafts: 'key',
      stats: 'key',
      cardEvents: '++id, day, askId',
      ladderEvents: '++id, at',
      safetyEvents: '++id, at',
      meta: 'key',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
