/** What watchVisibleChanges leaves on `window`. */
export interface VisibleChanges {
  /** performance.now() of the last visible change after the first paint (0: none). */
  lastChange: number;
  /** Each of those changes, in words. */
  changes: string[];
}

/**
 * Installed before a page's own script (addInitScript): records every change to what the page
 * shows after its first paint (the render that put its `main` in place) on
 * `window.visibleChanges`. Not counted: the mark that the database was read (data-fresh), the
 * parser finishing the document's white space, a script being fetched, a text set to what it
 * already was. Shared by the new tab snapshot E2E and the bench's "stops changing".
 */
export function watchVisibleChanges(): void {
  const state: VisibleChanges = { lastChange: 0, changes: [] };
  Object.assign(window, { visibleChanges: state });
  let painted = false;
  const blank = (nodes: NodeList) =>
    [...nodes].every((n) => n.nodeName === 'SCRIPT' || !n.textContent?.trim());
  new MutationObserver((records) => {
    if (!painted) {
      painted = document.querySelector('main') !== null;
      return;
    }
    for (const record of records) {
      const target = record.target;
      if (record.type === 'attributes' && record.attributeName === 'data-fresh') continue;
      if (record.type === 'characterData' && record.oldValue === target.textContent) continue;
      if (record.type === 'characterData' && !target.parentElement?.closest('main')) continue;
      if (record.type === 'childList' && blank(record.addedNodes) && record.removedNodes.length === 0)
        continue;
      state.lastChange = performance.now();
      state.changes.push(
        `${record.type} in ${target.parentElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? target.nodeName}: ${record.oldValue ?? ''} → ${target.textContent?.slice(0, 60)}`,
      );
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
    characterDataOldValue: true,
    attributeOldValue: true,
  });
}
