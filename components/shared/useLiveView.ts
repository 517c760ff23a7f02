import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getSettingsStore, watchSettings } from '../../utils/browser/settingsStore';
import type { AskAnywayDatabase } from '../../utils/db/database';
import type { Settings } from '../../utils/settings';
import { loadDatabase, loadDatabaseRuntime } from './loadDatabase';

/** A write in progress: the page's view holds still until it ends. */
export interface PendingWrite {
  /** Resolves once the view has been read again after the write (or after a moment at most). */
  caughtUp: () => Promise<void>;
  /** Ends the hold: the newest view read meanwhile is shown, with whatever the caller sets now. */
  end: () => void;
}

export interface LiveView<T> {
  /** What the page shows: the snapshot until the database has been read, then the database. */
  data: T | null;
  /** The database has been read since the page opened. */
  fresh: boolean;
  /** The database could not be read. */
  failed: boolean;
  /**
   * Call before a write. Until `end`, views read are kept back, so the write's result and its
   * button coming back appear together, never a new step under a busy button.
   */
  beginWrite: () => PendingWrite;
}

/** The longest a write waits for its view: a write that changes nothing the page reads brings none. */
const CATCH_UP_LIMIT_MS = 1500;

/** Equal views, whenever each was read: what the page shows would not change. */
function sameView<T extends { now: number }>(a: T, b: T): boolean {
  return JSON.stringify({ ...a, now: 0 }) === JSON.stringify({ ...b, now: 0 });
}

/**
 * A page's view of the database, kept current by the one change signal: Dexie's liveQuery,
 * which hears every write from any page or the background, and the settings' own change
 * event. Dexie loads after the first paint (the snapshot, when there is one, is on screen
 * by then); a read that finds what the page already shows changes nothing on it.
 */
export function useLiveView<T extends { now: number }>(
  initial: T | null,
  read: (db: AskAnywayDatabase, settings: Settings, now: number) => Promise<T>,
  /** Writes the view depends on (a live query may not write), made before it is first read. */
  prepare?: (db: AskAnywayDatabase, settings: Settings, now: number) => Promise<void>,
): LiveView<T> {
  const [data, setData] = useState<T | null>(initial);
  const [fresh, setFresh] = useState(false);
  const [failed, setFailed] = useState(false);
  // Each write takes a ticket; a view read after the ticket was taken answers it.
  const tickets = useRef(0);
  const waiting = useRef<{ ticket: number; resolve: () => void }[]>([]);
  // Writes in progress, and the newest view read while any is.
  const holds = useRef(0);
  const held = useRef<T | null>(null);

  const show = useCallback((view: T) => {
    setData((shown) => (shown && sameView(shown, view) ? shown : view));
    setFresh(true);
    setFailed(false);
  }, []);

  useEffect(() => {
    let live = true;
    let subscription: { unsubscribe: () => void } | null = null;
    let stopWatching: () => void = () => undefined;
    const answer = (upTo: number) => {
      waiting.current = waiting.current.filter((wait) => {
        if (wait.ticket > upTo) return true;
        wait.resolve();
        return false;
      });
    };
    const fail = (error: unknown) => {
      console.warn('Ask Anyway: the page could not read its data', error);
      if (!live) return;
      setFailed(true);
      answer(Number.POSITIVE_INFINITY);
    };
    const start = async () => {
      const [{ liveQuery }, db, settings] = await Promise.all([
        loadDatabaseRuntime(),
        loadDatabase(),
        getSettingsStore().get(),
      ]);
      if (!live) return;
      let latest = 0;
      const follow = async (current: Settings) => {
        // Settings that change twice quickly: only the newest are followed.
        const turn = ++latest;
        if (prepare) await prepare(db, current, Date.now());
        if (!live || turn !== latest) return;
        subscription?.unsubscribe();
        subscription = liveQuery(async () => {
          const ticket = tickets.current;
          return { ticket, view: await read(db, current, Date.now()) };
        }).subscribe({
          next: ({ ticket, view }) => {
            if (!live) return;
            if (holds.current > 0) held.current = view;
            else show(view);
            answer(ticket);
          },
          error: fail,
        });
      };
      await follow(settings);
      if (!live) return;
      stopWatching = watchSettings((next) => void follow(next).catch(fail));
    };
    // A task of its own: with a snapshot on screen, this work starts after the first paint.
    const timer = setTimeout(() => void start().catch(fail), 0);
    return () => {
      live = false;
      clearTimeout(timer);
      subscription?.unsubscribe();
      stopWatching();
    };
  }, []);

  const beginWrite = useCallback((): PendingWrite => {
    const ticket = ++tickets.current;
    holds.current += 1;
    // Listening from now: the view the write brings may arrive before the write's caller is done.
    let settle: () => void = () => undefined;
    const seen = new Promise<void>((resolve) => {
      settle = resolve;
    });
    waiting.current.push({ ticket, resolve: () => settle() });
    let ended = false;
    return {
      caughtUp: () => {
        const timer = setTimeout(settle, CATCH_UP_LIMIT_MS);
        return seen.finally(() => clearTimeout(timer));
      },
      end: () => {
        if (ended) return;
        ended = true;
        holds.current -= 1;
        const view = held.current;
        if (holds.current > 0 || !view) return;
        held.current = null;
        show(view);
      },
    };
  }, []);

  return { data, fresh, failed, beginWrite };
}
