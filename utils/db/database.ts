import Dexie, { type EntityTable } from 'dexie';
import { askRemindersRefresh } from '../browser/askBackground';
import { bumpDataStamp } from '../browser/viewSnapshot';
import type {
  Attempt,
  CardEvent,
  CustomAsk,
  Draft,
  LadderEvent,
  MetaRow,
  SafetyEvent,
  StatRow,
} from './schema';
import { DATABASE_NAME, SCHEMA_VERSIONS } from './versions';

export { DATABASE_NAME };

// The only place that opens IndexedDB. Everything else goes through the repository
// functions beside this file.
export class AskAnywayDatabase extends Dexie {
  attempts!: EntityTable<Attempt, 'id'>;
  customAsks!: EntityTable<CustomAsk, 'id'>;
  drafts!: EntityTable<Draft, 'key'>;
  stats!: EntityTable<StatRow, 'key'>;
  cardEvents!: EntityTable<CardEvent, 'id'>;
  ladderEvents!: EntityTable<LadderEvent, 'id'>;
  safetyEvents!: EntityTable<SafetyEvent, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) {
      this.version(version).stores(stores);
    }
  }
}

/**
 * Whether a committed write (Dexie names what it touched as `idb://<db>/<table>/<index>`) can
 * change what a page snapshot shows. Drafts are read separately, so typing does not count.
 */
export function changesSnapshotData(parts: Record<string, unknown>): boolean {
  return Object.keys(parts).some((part) => part.split('/')[3] !== 'drafts');
}

// Any such write, from this page or (through Dexie's broadcast) another one, makes every page
// snapshot out of date, and may change what reminders are due and the badge's count.
Dexie.on('storagemutated', (parts) => {
  if (!changesSnapshotData(parts)) return;
  bumpDataStamp();
  askRemindersRefresh();
});

let shared: AskAnywayDatabase | undefined;

/** The database all extension pages and the background share (same origin, same data). */
export function getDatabase(): AskAnywayDatabase {
  shared ??= new AskAnywayDatabase();
  return shared;
}
