import { useEffect, useState } from 'preact/hooks';

/** Delay before a progress indicator shows: quick work finishes without anything flashing. */
export const PROGRESS_DELAY_MS = 500;

/** True once `active` has stayed true for `delay` ms; false again as soon as it ends. */
export function useDelayedFlag(active: boolean, delay = PROGRESS_DELAY_MS): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delay);
    return () => clearTimeout(timer);
  }, [active, delay]);
  return active && shown;
}
