import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AskAnywayDatabase } from '../../utils/db/database';

export const DatabaseContext = createContext<AskAnywayDatabase | null>(null);

export function useDatabase(): AskAnywayDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase() outside <DatabaseContext.Provider>');
  return db;
}
