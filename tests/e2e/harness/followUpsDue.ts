/**
 * Runs inside an extension page (passed to evaluate, in either browser): makes every ask
 * waiting for a reply due for its follow-up at `now`, as if its follow-up day had come (a
 * follow-up is offered from that day on), and marks page snapshots out of date.
 */
export function makeFollowUpsDueInPage(now: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('ask-anyway');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('attempts', 'readwrite');
      const store = tx.objectStore('attempts');
      const all = store.getAll();
      all.onsuccess = () => {
        for (const attempt of all.result as { state: string }[])
          if (attempt.state === 'awaiting') store.put({ ...attempt, followUpDueAt: now - 60_000 });
      };
      tx.oncomplete = () => {
        open.result.close();
        localStorage.setItem('ask-anyway:data-stamp', `test-${Math.random()}`);
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
