// Functions sent into an extension page (so self-contained): everything the product keeps,
// read the way the browser holds it. "Delete everything" must leave all of it empty, and a
// refused import must leave it exactly as it was.

/** Every IndexedDB store of the product's database, rows in key order. */
export function dumpDatabaseInPage(): Promise<Record<string, unknown[]>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('ask-anyway');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      const dump: Record<string, unknown[]> = {};
      for (const name of names) {
        const request = tx.objectStore(name).getAll();
        request.onsuccess = () => {
          dump[name] = request.result;
        };
      }
      tx.oncomplete = () => {
        db.close();
        resolve(dump);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** The product's localStorage keys (snapshots, draft mirrors, the data stamp). */
export function productLocalStorageKeys(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith('ask-anyway:'));
}
