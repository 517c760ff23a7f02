import { useLayoutEffect } from 'preact/hooks';

export const READY_MARK = 'aa:ready';

/**
 * Sets the performance mark the benchmark reads, once the page's data has been painted:
 * the frame after the render that showed it.
 */
export function markReadyAfterPaint(): void {
  if (performance.getEntriesByName(READY_MARK).length > 0) return;
  requestAnimationFrame(() => {
    setTimeout(() => {
      if (performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
    }, 0);
  });
}

/** Layout effect: runs right after the render is committed, so the mark waits one frame, not two. */
export function useReadyMark(ready: boolean): void {
  useLayoutEffect(() => {
    if (ready) markReadyAfterPaint();
  }, [ready]);
}
