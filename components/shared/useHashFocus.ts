import { useEffect, useRef } from 'preact/hooks';

/**
 * Once the page has its content, moves focus to the part the address names (#awaiting, say):
 * a reminder's click lands there. The browser's own jump to the fragment happened before the
 * content existed.
 */
export function useHashFocus(ready: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView({ block: 'start' });
  }, [ready]);
}
