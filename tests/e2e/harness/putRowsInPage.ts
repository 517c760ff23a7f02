/**
 * Runs inside an extension page (passed to evaluate, in either browser): writes rows straight
 * into a store of the extension's database, in one transaction, and unless `markStale` is
 * false marks page snapshots out of date as a write through the product would.
 */
export function putRowsInPage({
  table,
  rows,
  markStale,
}: {
  table: string;
  rows: object[];
  markStale: boolean;
}): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('ask-anyway');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(table, 'readwrite');
      for (const row of rows) tx.objectStore(table).put(row);
      tx.oncomplete = () => {
        open.result.close();
        if (markStale) localStorage.setItem('ask-anyway:data-stamp', `test-${Math.random()}`);
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
