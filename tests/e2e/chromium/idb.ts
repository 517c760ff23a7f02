import type { Page } from 'playwright-core';

/**
 * Writes a row straight into the extension's IndexedDB from one of its pages: how a test
 * sets up state (a ladder level) that would otherwise take weeks of use to reach.
 */
export async function putRow(page: Page, table: string, row: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    ({ table, row }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ask-anyway');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(table, 'readwrite');
          tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { table, row },
  );
}
