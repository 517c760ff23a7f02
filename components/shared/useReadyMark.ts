import { useLayoutEffect } from 'preact/hooks';

export const READY_MARK = 'aa:ready';

/** Runs `callback` once the next frame has been painted (a task after that frame). */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => {
    setTimeout(callback, 0);
  });
}

/**
 * Sets the performance mark the benchmark reads, once the page's data has been painted:
 * the frame after the render that showed it.
 */
export function markReadyAfterPaint(): void {
  if (performance.getEntriesByName(READY_MARK).length > 0) return;
  afterNextPaint(() => {
    if (performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
  });
}

/** Layout effect: runs right after the render is committed, so the mark waits one frame, not two. */
export function useReadyMark(ready: boolean): void {
  useLayoutEffect(() => {
    if (ready) markReadyAfterPaint();
  }, [ready]);
}
