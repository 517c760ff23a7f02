import { useEffect, useRef } from 'preact/hooks';

/** Moves focus to a step's heading when the step appears, so keyboard and screen-reader users land on it. */
export function useStepFocus<T extends HTMLElement>(skip = false) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!skip) ref.current?.focus();
  }, [skip]);
  return ref;
}
